using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Adcme.Generators.Analysis;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Adcme.Generators.Parsing
{
    /// <summary>Turns one [Differentiable] method into a <see cref="MethodModel"/>: signature checks, then
    /// the body lowered to IR. Returns null when the compiler itself will report the code as invalid.</summary>
    internal static class MethodParser
    {
        /// <summary>Tests set this to make the parser fail on methods of that name, to prove that a failure
        /// becomes ADCME013 and never an exception out of the generator.</summary>
        internal static string? FaultInjectionMethodName;

        public static MethodModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax) return null;
            return Parse(method, syntax, context.SemanticModel, cancellationToken);
        }

        /// <summary>The same, for the analyzer (<see cref="Diagnostics.DifferentiableAnalyzer"/>), which reports what the
        /// generator finds here.</summary>
        public static MethodModel? Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (method.PartialImplementationPart is { } implementation
                && implementation.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is MethodDeclarationSyntax implementationSyntax)
            {
                // [Differentiable] on a partial method's declaration: differentiate its implementation.
                method = implementation;
                syntax = implementationSyntax;
            }
            try
            {
                if (method.Name == FaultInjectionMethodName) throw new InvalidOperationException("fault injected by a test");
                return ParseMethod(method, syntax, semanticModel, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                // The generator must never throw: an exception would disable it in the user's IDE.
                var diagnostic = DiagnosticDescriptors.Info(DiagnosticDescriptors.InternalError, LocationInfo.From(syntax.Identifier.GetLocation()),
                    method.Name, exception.GetType().Name + ": " + exception.Message);
                return Failed(method, new[] { diagnostic });
            }
        }

        [ThreadStatic] private static HashSet<IMethodSymbol>? _replicationInProgress;

        /// <summary>The replication mask of a differentiable callee's result (see <see cref="Replication"/>), from its own
        /// lowered body: a caller's global objective depends on it. A callee reached again while its own mask is being
        /// found (recursion) counts as rank-local.</summary>
        internal static ulong ReplicationOf(IMethodSymbol callee, Compilation? compilation)
        {
            callee = callee.PartialImplementationPart ?? callee;
            if (compilation is null || callee.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not MethodDeclarationSyntax syntax) return Replication.Local;
            var inProgress = _replicationInProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            if (!inProgress.Add(callee)) return Replication.Local;
            try
            {
                var model = ParseMethod(callee, syntax, compilation.GetSemanticModel(syntax.SyntaxTree), CancellationToken.None);
                return model is null || model.Body.Count == 0 ? Replication.Local : Replication.OfResult(model);
            }
            finally
            {
                inProgress.Remove(callee);
            }
        }

        private static MethodModel? ParseMethod(IMethodSymbol method, MethodDeclarationSyntax syntax, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var identifier = LocationInfo.From(syntax.Identifier.GetLocation());
            var containingTypes = new List<ContainingTypeModel>();
            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.TypeParameters.Length > 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GenericNotSupported, identifier, method.Name));
                }
                if (!IsPartial(type))
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.ContainingTypeNotPartial, identifier, type.Name, method.Name));
                }
                else if (type.IsFileLocal)
                {
                    // A partial declaration in the generated file would be another type of the same name.
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.FileLocalContainingType, identifier, type.Name, method.Name));
                }
                containingTypes.Insert(0, new ContainingTypeModel(Keyword(type), type.Name));
            }
            if (method.IsGenericMethod) diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GenericNotSupported, identifier, method.Name));
            if (!method.IsStatic) diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.MethodNotStatic, identifier, method.Name));

            var resultKind = Kinds.Of(method.ReturnType);
            if (resultKind is null || !(resultKind.Value.IsScalarFloating() || resultKind == ValueKind.Tensor) || method.ReturnsByRef || method.ReturnsByRefReadonly)
            {
                if (method.ReturnType.TypeKind == TypeKind.Error) return null;
                diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.UnsupportedReturnType, LocationInfo.From(syntax.ReturnType),
                    method.ReturnType.ToDisplayString(), method.Name));
                resultKind = ValueKind.Double;
            }

            var lowering = new BodyLowering(diagnostics) { MethodName = method.Name, CheckpointSnapshots = CheckpointSnapshots(method, identifier, diagnostics) };
            var parameters = new List<ParameterModel>();
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type.TypeKind == TypeKind.Error || parameter.Name.Length == 0) return null;
                var (kind, differentiable) = Kinds.OfParameter(parameter);
                var location = LocationInfo.From(parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken));
                string? problem = null;
                if (parameter.RefKind != RefKind.None) problem = "ref, out and in parameters are not supported; return the value, or pass a double[] that the method reads";
                else if (parameter.IsParams) problem = "params is not supported; remove 'params' (callers then pass an array)";
                else if (kind is null) problem = "use double, float, double[], Tensor, int or bool, or mark it [NoDerivative]";
                else if (method.Parameters.Any(other => other.Name != parameter.Name && Kinds.OfParameter(other).Differentiable
                    && Emit.Namer.PublicDerivativeName(other.Name) == parameter.Name))
                {
                    problem = "its name is the name of the derivative of another parameter; rename it";
                }
                else if (differentiable && method.Parameters.Any(other => other.Ordinal < parameter.Ordinal && Kinds.OfParameter(other).Differentiable
                    && Emit.Namer.PublicDerivativeName(other.Name) == Emit.Namer.PublicDerivativeName(parameter.Name)))
                {
                    problem = "its derivative would be named " + Emit.Namer.PublicDerivativeName(parameter.Name) + " like another parameter's; rename it";
                }
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.UnsupportedParameter, location,
                        parameter.Name, parameter.Type.ToDisplayString(), problem));
                    lowering.RejectParameter(parameter);
                    continue;
                }
                var id = lowering.DeclareParameter(parameter, kind!.Value);
                parameters.Add(new ParameterModel(parameter.Name, id, kind.Value, differentiable, Kinds.Declared(parameter.Type)));
            }

            if (syntax.Body is null && syntax.ExpressionBody is null)
            {
                diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.MissingBody, identifier, method.Name));
                return Failed(method, diagnostics);
            }
            if (syntax.Modifiers.Any(SyntaxKind.UnsafeKeyword))
            {
                diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.UnsupportedStatement, identifier, "unsafe method", "remove 'unsafe' and index double[] arrays instead of pointers"));
            }
            if (syntax.SyntaxTree != semanticModel.SyntaxTree) semanticModel = semanticModel.Compilation.GetSemanticModel(syntax.SyntaxTree);
            var operation = semanticModel.GetOperation(syntax, cancellationToken);
            if (operation is null) return null;
            var body = UnreadFlags.Remove(lowering.Variables, lowering.LowerBody(operation, resultKind.Value));
            if (lowering.SawInvalidCode) return null;
            if (diagnostics.Count == 0) CheckLoweredBody(method.Name, lowering, parameters, body, diagnostics);
            if (!diagnostics.Any(DiagnosticDescriptors.IsError)) CheckCheckpointedLoops(method.Name, identifier, lowering, body, diagnostics);
            if (diagnostics.Count == 0) diagnostics.AddRange(TokenLinearity.Check(lowering.Variables, parameters, body, lowering.TokenSites));
            // The descriptor and the declared [GradientCheck]s, once the method itself is sound (one error per root cause).
            DescriptorModel? descriptor = null;
            if (!diagnostics.Any(DiagnosticDescriptors.IsError))
            {
                var checkProblem = resultKind.Value.IsScalarFloating() ? null
                    : "its result is a Tensor; declare the check on a scalar function of it (Tensor.Sum, a loss)";
                descriptor = GradientCheckParser.Parse(method, checkProblem, semanticModel.Compilation, diagnostics, cancellationToken);
            }

            var model = new MethodModel(
                method.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
                containingTypes.ToEquatableArray(),
                method.Name,
                HintName(method),
                Accessibility(method.DeclaredAccessibility),
                resultKind.Value,
                parameters.ToEquatableArray(),
                lowering.Variables.ToEquatableArray(),
                diagnostics.Any(DiagnosticDescriptors.BlocksGeneration) ? EquatableArray<Statement>.Empty : body,
                lowering.ResultVariable,
                diagnostics.ToEquatableArray(),
                descriptor);
            return model;
        }

        /// <summary>Checks that need the whole IR: writes into arrays the method does not own, and loop
        /// conditions that change active values (the adjoint reverses loop bodies, not conditions).</summary>
        private static void CheckLoweredBody(string methodName, BodyLowering lowering, List<ParameterModel> parameters, EquatableArray<Statement> body, List<DiagnosticInfo> diagnostics)
        {
            var variables = lowering.Variables;
            var owned = new bool[variables.Count];
            var instructions = IrWalker.Instructions(body).Select(i => i.Instruction).ToList();
            foreach (var variable in variables) owned[variable.Id] = variable.Kind == ValueKind.DoubleArray && variable.Role != VariableRole.Parameter;
            bool changed;
            do
            {
                // An array variable is owned when every value it receives is a new array, null, or another owned array.
                changed = false;
                foreach (var instruction in instructions)
                {
                    if (instruction.Target < 0 || !owned[instruction.Target]) continue;
                    var fromNew = instruction.Op == OpCode.ArrayNew;
                    var fromOwned = instruction.Op == OpCode.Copy && instruction.Args[0].IsVariable && owned[instruction.Args[0].Variable];
                    // null is no caller's array (a store into it throws, as in C#).
                    var fromNull = instruction.Op == OpCode.Copy && instruction.Args[0].Literal == "null";
                    if (!fromNew && !fromOwned && !fromNull)
                    {
                        owned[instruction.Target] = false;
                        changed = true;
                    }
                }
            }
            while (changed);
            foreach (var (array, location) in lowering.ArrayStores)
            {
                if (!owned[array]) diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.WriteToParameterArray, location, variables[array].Name));
            }

            var activity = new ActivityAnalysis(variables, parameters, body, lowering.ResultVariable);
            var loops = IrWalker.Loops(body).ToList();
            for (var i = 0; i < loops.Count; i++)
            {
                if (IrWalker.Instructions(loops[i].Condition).Any(item => activity.IsActive(item.Instruction)))
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.ActiveLoopCondition, lowering.LoopLocations[i], methodName));
                }
            }
            // A value that varies with the inputs, passed where its derivative is not taken, into a call whose
            // result matters: the gradient silently misses that path, so say so.
            foreach (var dropped in lowering.DroppedDerivatives)
            {
                if (activity.IsVaried(dropped.Argument) && activity.IsUseful(dropped.Target))
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.DerivativeDropped, dropped.Location,
                        dropped.Text, dropped.Callee, dropped.Parameter));
                }
            }
        }

        /// <summary>The snapshot budget of a [Checkpointed] method (−1: from the memory budget), or null.</summary>
        private static int? CheckpointSnapshots(IMethodSymbol method, LocationInfo? identifier, List<DiagnosticInfo> diagnostics)
        {
            var attribute = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Adcme.CheckpointedAttribute");
            if (attribute is null) return null;
            var snapshots = -1;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Snapshots" && named.Value.Value is int value) snapshots = value;
            }
            if (snapshots < -1)
            {
                diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.LoopNotCheckpointable, identifier, method.Name,
                    "Snapshots is " + snapshots.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; give 0 or more, or leave it out to follow the memory budget"));
                return null;
            }
            return snapshots;
        }

        /// <summary>What a checkpointed loop's steps may not do: run an effect (an unrecorded step would run it again),
        /// reassign an array whose value outlives a step, or hand the next step a value a snapshot cannot keep.</summary>
        private static void CheckCheckpointedLoops(string methodName, LocationInfo? identifier, BodyLowering lowering, EquatableArray<Statement> body, List<DiagnosticInfo> diagnostics)
        {
            if (lowering.CheckpointSnapshots is null) return;
            if (lowering.CheckpointedLoops.Count == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.LoopNotCheckpointable, identifier, methodName,
                    "the method has no for loop outside other loops; [Checkpointed] applies to such loops"));
                return;
            }
            var loops = IrWalker.Loops(body).Where(l => l.Checkpoint is not null).ToList();
            for (var i = 0; i < loops.Count && i < lowering.CheckpointedLoops.Count; i++)
            {
                var location = lowering.CheckpointedLoops[i].Location;
                var state = new CheckpointState(lowering.Variables, body, loops[i], lowering.ResultVariable);
                string? problem = null;
                if (state.Ordered.Count > 0)
                {
                    var ordered = state.Ordered[0];
                    var name = ordered.Call?.Name ?? ordered.Name ?? ordered.Op.ToString();
                    problem = "its body calls '" + name + "', " + (ordered.Op == OpCode.Call
                        ? "another [Differentiable] method, which records on the tape"
                        : "an ordered primitive (communication or state), whose effect a step run again would repeat")
                        + "; checkpoint the callee's loop instead, or move the call out of the loop";
                }
                else if (state.ReassignedArrays.Count > 0)
                {
                    problem = "it assigns the double[] '" + lowering.Variables[state.ReassignedArrays[0]].Name
                        + "', whose value outlives a step; allocate the arrays before the loop and update them in place";
                }
                else if (state.Unsupported.Count > 0)
                {
                    problem = "it assigns '" + lowering.Variables[state.Unsupported[0]].Name + "', whose value outlives a step and cannot be kept in a snapshot";
                }
                if (problem is not null) diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.LoopNotCheckpointable, location, methodName, problem));
            }
        }

        private static MethodModel Failed(IMethodSymbol method, IEnumerable<DiagnosticInfo> diagnostics) => new MethodModel(
            null, EquatableArray<ContainingTypeModel>.Empty, method.Name, HintName(method), "public", ValueKind.Double,
            EquatableArray<ParameterModel>.Empty, EquatableArray<VariableModel>.Empty, EquatableArray<Statement>.Empty, -1,
            diagnostics.ToEquatableArray());

        private static bool IsPartial(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return true;
            }
            return false;
        }

        private static string Keyword(INamedTypeSymbol type)
        {
            if (type.IsRecord) return type.TypeKind == TypeKind.Struct ? "record struct" : "record";
            switch (type.TypeKind)
            {
                case TypeKind.Struct: return "struct";
                case TypeKind.Interface: return "interface";
                default: return "class";
            }
        }

        /// <summary>Namespace.Type.Method.g.cs, with the overload's position appended when the name is overloaded.</summary>
        private static string HintName(IMethodSymbol method)
        {
            var parts = new List<string>();
            for (var type = method.ContainingType; type is not null; type = type.ContainingType) parts.Insert(0, type.Name);
            if (method.ContainingNamespace is { IsGlobalNamespace: false } ns) parts.Insert(0, ns.ToDisplayString());
            var name = method.Name;
            var overloads = method.ContainingType?.GetMembers(method.Name).OfType<IMethodSymbol>().ToList();
            if (overloads is not null && overloads.Count > 1)
            {
                name += "_" + (overloads.FindIndex(m => SymbolEqualityComparer.Default.Equals(m, method)) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            parts.Add(name);
            return string.Join(".", parts) + ".g.cs";
        }

        private static string Accessibility(Microsoft.CodeAnalysis.Accessibility accessibility) => accessibility switch
        {
            Microsoft.CodeAnalysis.Accessibility.Public => "public",
            Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
            Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
            Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
            Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };
    }
}
