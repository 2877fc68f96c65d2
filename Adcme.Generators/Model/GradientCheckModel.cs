namespace Adcme.Generators.Model
{
    /// <summary>One [GradientCheck] attribute, checked and ready to print: where it is (1-based line and column, for the
    /// build's error), the point as written, and the C# expressions of its arguments, each converted to its parameter's
    /// type. With a point member, <see cref="Member"/> reads it into <c>__point</c> and the values read from that.
    /// Settings are round-trip literals, "0" when unset.</summary>
    internal sealed record GradientCheckModel(
        string File,
        int Line,
        int Column,
        string PointText,
        string? Member,
        EquatableArray<string> Values,
        string Tolerance,
        string DotProductTolerance,
        string RelativeStep,
        string TimeLimitSeconds);

    /// <summary>A described parameter: its name, its type for <c>typeof</c> (no nullable annotation), its type to cast
    /// to, and whether it is differentiable.</summary>
    internal sealed record DescribedParameterModel(string Name, string TypeOfName, string CastName, bool Differentiable);

    /// <summary>What the descriptor of a method (or primitive) and its checks need. Null on a method when it cannot be
    /// described (a parameter of a type that cannot be boxed, such as a Span).</summary>
    internal sealed record DescriptorModel(EquatableArray<DescribedParameterModel> Parameters, EquatableArray<GradientCheckModel> Checks);

    /// <summary>A [Primitive] with [GradientCheck]s: its descriptor is printed into a class of its own (the primitive's type
    /// need not be partial), with the rules' names.</summary>
    internal sealed record PrimitiveCheckModel(
        string HintName,
        string? Namespace,
        string ClassName,
        string FullTypeName,
        string Name,
        string ResultType,
        string Pullback,
        string Tangent,
        DescriptorModel Descriptor);
}
