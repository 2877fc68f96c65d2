using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        private Operand LowerInvocation(IInvocationOperation invocation, int? destination)
        {
            var method = invocation.TargetMethod;
            var containing = method.ContainingType?.ToDisplayString();
            if ((containing == "System.Math" || containing == "System.MathF") && Intrinsics.IsKnown(method.Name, invocation.Arguments.Length)
                && method.Parameters.All(p => Kinds.Of(p.Type) is ValueKind.Double or ValueKind.Float or ValueKind.Int))
            {
                var kind = KindOrReport(invocation);
                if (kind is null) return Invalid;
                var args = Arguments(invocation);
                if (args is null) return Invalid;
                if (args.Any(a => a.Kind != ValueKind.Double && a.Kind != ValueKind.Float && a.Kind != ValueKind.Int))
                {
                    return Unsupported(invocation, "arguments of this type are not supported");
                }
                return Produce(OpCode.Intrinsic, kind.Value, destination, method.Name, args);
            }
            if (IsTokenOverload(method)) return LowerTokenCall(invocation, destination);
            if (PrimitiveRules.Attribute(method) is not null)
            {
                Operand? receiver = null;
                if (!method.IsStatic)
                {
                    // comm.AllreduceSum(x): the receiver is passed along like an opaque [NoDerivative] argument.
                    if (invocation.Instance is IParameterReferenceOperation p && _symbols.TryGetValue(p.Parameter, out var id)
                        && _variables[id].Kind == ValueKind.Opaque)
                    {
                        receiver = Operand.Of(_variables[id]);
                    }
                    else
                    {
                        return Unsupported(invocation.Instance ?? invocation, "the object of '" + method.Name
                            + "' must be a [NoDerivative] parameter of the method (a communicator is passed in, not made or stored)");
                    }
                }
                var args = Arguments(invocation);
                if (args is null) return Invalid;
                if (receiver is not null) args = new[] { receiver }.Concat(args).ToArray();
                if (IsThreaded(method)) return LowerThreaded(method, invocation, args, destination);
                var primitive = LowerPrimitive(method, invocation, null, args, destination);
                // A user's primitive given a communicator may communicate on it.
                if (method.IsStatic) ResyncHiddenTokens(args);
                return primitive;
            }
            if (Kinds.HasAttribute(method, Kinds.DifferentiableAttribute) && method.IsStatic && method.ContainingType is not null)
            {
                var resultKind = Kinds.Of(method.ReturnType);
                // A result or a params, ref or out parameter that the callee's own ADCME003/ADCME004 refuses: that error is
                // the one to fix; this method is not generated meanwhile (its code would call derivatives that do not exist).
                if (resultKind is null || !(resultKind.Value.IsScalarFloating() || resultKind == ValueKind.Tensor)
                    || method.Parameters.Any(p => p.IsParams || p.RefKind != RefKind.None))
                {
                    SawInvalidCode = true;
                    return Invalid;
                }
                var parameters = method.Parameters.Select(p =>
                {
                    var (kind, differentiable) = Kinds.OfParameter(p);
                    return new CallParameter(p.Name, kind ?? ValueKind.Opaque, differentiable, Kinds.FullyQualified(p.Type));
                }).ToEquatableArray();
                var args = Arguments(invocation);
                if (args is null) return Invalid;
                var call = new CallModel(Kinds.FullyQualified(method.ContainingType), method.Name, resultKind.Value, parameters,
                    Replication: method.Parameters.Any(p => Kinds.IsCommunicator(p.Type)) ? ReplicationOf(method, invocation) : null);
                var target = destination ?? NewTemp(resultKind.Value);
                NoteDroppedDerivatives(method, invocation, args, target);
                var instruction = new Instruction(OpCode.Call, target, new EquatableArray<Operand>(args), method.Name, call);
                _current.Add(instruction);
                if (call.Replication is not null) TokenSites[instruction] = LocationInfo.From(invocation.Syntax);
                ResyncHiddenTokens(args);
                return Operand.Of(_variables[target]);
            }
            if (method.ContainingType?.TypeKind == TypeKind.Error || invocation.Type?.TypeKind == TypeKind.Error)
            {
                SawInvalidCode = true;
                return Invalid;
            }
            // A local function's declaration, or the lambda a delegate holds, is reported already.
            if (method.MethodKind == MethodKind.LocalFunction && _localFunctions.Contains(method.OriginalDefinition)) return Invalid;
            if (invocation.Instance is not null && UsesRejectedLocal(invocation.Instance)) return Invalid;
            Report(DiagnosticDescriptors.NoDerivativeForCall, invocation.Syntax,
                method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), NoDerivativeFix(method, containing));
            return Invalid;
        }

        /// <summary>What to do about a call without derivative: only a static method of the user's own source can be
        /// marked [Differentiable].</summary>
        private static string NoDerivativeFix(IMethodSymbol method, string? containing)
        {
            if (containing == "System.Math" || containing == "System.MathF")
            {
                return "Adcme knows no derivative of this Math function with these arguments; write it with supported Math functions, or as a [Primitive] with hand-written rules";
            }
            switch (method.MethodKind)
            {
                case MethodKind.LocalFunction:
                    return LocalFunctionFix;
                case MethodKind.DelegateInvoke:
                    return "a call through a delegate cannot be differentiated; call a [Differentiable] method directly";
            }
            if (method.IsGenericMethod) return "a generic method cannot be differentiated; call a non-generic [Differentiable] method";
            if (method.Parameters.Any(p => p.IsParams)) return "mark it [Differentiable] after removing 'params' from its parameter (callers then pass an array)";
            var inSource = method.DeclaringSyntaxReferences.Length > 0;
            if (inSource && method.IsStatic) return "mark it [Differentiable], or make it a [Primitive] with hand-written rules";
            if (inSource) return "make it a static [Differentiable] method";
            return "it is not differentiable; call it outside the differentiable method, or wrap it in a [Primitive] with hand-written rules";
        }

        /// <summary>Callees' replication masks, found once per callee however often it is called.</summary>
        private readonly Dictionary<IMethodSymbol, ulong> _replications = new Dictionary<IMethodSymbol, ulong>(SymbolEqualityComparer.Default);

        private ulong ReplicationOf(IMethodSymbol callee, IOperation at)
        {
            if (!_replications.TryGetValue(callee, out var mask))
            {
                mask = MethodParser.ReplicationOf(callee, at.SemanticModel?.Compilation);
                _replications[callee] = mask;
            }
            return mask;
        }

        /// <summary>A call to a [Primitive] method or operator: the generator calls its rules, never looks inside.</summary>
        private Operand LowerPrimitive(IMethodSymbol method, IOperation at, string? operatorToken, Operand[] args, int? destination)
        {
            var call = PrimitiveRules.Model(method, operatorToken, out var problem);
            if (call is null)
            {
                Report(DiagnosticDescriptors.PrimitiveRuleSignature, at.Syntax, method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), problem!);
                return Invalid;
            }
            var target = destination ?? NewTemp(call.ResultKind);
            NoteDroppedDerivatives(method, at, args, target);
            var instruction = new Instruction(OpCode.Primitive, target, new EquatableArray<Operand>(args), method.Name, call);
            _current.Add(instruction);
            // Where a communicator's operation is written, should it bypass a token chain (ADCME017).
            if (!method.IsStatic && Kinds.IsCommunicator(method.ContainingType)) TokenSites[instruction] = LocationInfo.From(at.Syntax);
            return Operand.Of(_variables[target]);
        }

        /// <summary>Records the arguments given to [NoDerivative] parameters of differentiable type.</summary>
        private void NoteDroppedDerivatives(IMethodSymbol method, IOperation at, Operand[] args, int target)
        {
            foreach (var parameter in method.Parameters)
            {
                var kind = Kinds.Of(parameter.Type);
                if (kind is null || !kind.Value.IsDifferentiable() || !Kinds.HasAttribute(parameter, Kinds.NoDerivativeAttribute)) continue;
                var argument = (at as IInvocationOperation)?.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
                var syntax = argument?.Value.Syntax ?? at.Syntax;
                // An instance primitive's arguments start with its receiver.
                var position = parameter.Ordinal + (method.IsStatic || method.MethodKind == MethodKind.UserDefinedOperator ? 0 : 1);
                DroppedDerivatives.Add(new DroppedDerivative(args[position], target, syntax.ToString(),
                    method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), parameter.Name, LocationInfo.From(syntax)));
            }
        }

        private static string? OperatorToken(IMethodSymbol method) => method.Name switch
        {
            "op_Addition" => "+",
            "op_Subtraction" => "-",
            "op_Multiply" => "*",
            "op_Division" => "/",
            "op_UnaryNegation" => "-",
            "op_UnaryPlus" => "+",
            _ => null,
        };

        /// <summary>Lowers the arguments in evaluation order and returns them in parameter order.</summary>
        private Operand[]? Arguments(IInvocationOperation invocation)
        {
            var result = new Operand[invocation.TargetMethod.Parameters.Length];
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.ParamArray || argument.Parameter.RefKind != RefKind.None)
                {
                    Unsupported(argument, "params, ref and out arguments are not supported");
                    return null;
                }
                if (argument.Parameter.Type is not null && Kinds.Of(argument.Parameter.Type) is null)
                {
                    // An opaque [NoDerivative] argument can only be one of this method's own parameters, passed along.
                    if (argument.Value is IParameterReferenceOperation p && _symbols.TryGetValue(p.Parameter, out var id)
                        && _variables[id].Kind == ValueKind.Opaque)
                    {
                        result[argument.Parameter.Ordinal] = Operand.Of(_variables[id]);
                        continue;
                    }
                    Unsupported(argument, "a value of type '" + argument.Parameter.Type.ToDisplayString() + "' can only be passed along from a [NoDerivative] parameter");
                    return null;
                }
                var later = invocation.Arguments.SkipWhile(a => a != argument).Skip(1).Select(a => a.Value).ToArray();
                result[argument.Parameter.Ordinal] = ReadNow(Lower(argument.Value), later);
            }
            return result.Any(a => a is null) ? null : result;
        }
    }
}
