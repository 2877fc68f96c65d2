namespace Adcme.Generators.Model
{
    internal enum VariableRole
    {
        Parameter,
        Local,
        Temporary,
        Result,
        Flag,
        /// <summary>A variable the generator adds: the token a communicator's operations written without tokens are
        /// threaded on.</summary>
        Hidden,
    }

    /// <summary>A variable of the lowered method. <see cref="Name"/> is the user's name (or a hint for temporaries).</summary>
    internal sealed record VariableModel(int Id, string Name, ValueKind Kind, VariableRole Role, string TypeName);

    internal sealed record ParameterModel(string Name, int Variable, ValueKind Kind, bool Differentiable, string TypeName);

    /// <summary>One containing type, outermost first: keyword (class, struct, record, record struct) and name.</summary>
    internal sealed record ContainingTypeModel(string Keyword, string Name);

    /// <summary>Everything the emitters need about one [Differentiable] method, as plain equatable data.</summary>
    internal sealed record MethodModel(
        string? Namespace,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        string Name,
        string HintName,
        string Accessibility,
        ValueKind ResultKind,
        EquatableArray<ParameterModel> Parameters,
        EquatableArray<VariableModel> Variables,
        EquatableArray<Statement> Body,
        int ResultVariable,
        EquatableArray<DiagnosticInfo> Diagnostics,
        DescriptorModel? Descriptor = null)
    {
        /// <summary>The method's name, with its overload number when the type has several (Over_2): a stem for
        /// the private helpers (kernels) whose signatures two overloads could share.</summary>
        public string UniqueName
        {
            get
            {
                var stem = HintName.EndsWith(".g.cs", System.StringComparison.Ordinal) ? HintName.Substring(0, HintName.Length - ".g.cs".Length) : HintName;
                var dot = stem.LastIndexOf('.');
                return dot < 0 ? stem : stem.Substring(dot + 1);
            }
        }

        public string FullTypeName => (Namespace is null ? "global::" : "global::" + Namespace + ".")
            + string.Join(".", System.Linq.Enumerable.Select(ContainingTypes, t => t.Name));
    }
}
