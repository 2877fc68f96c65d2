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
        /// <summary>Where each token-threading call's check and each token read were written, for the linearity
        /// diagnostics (ADCME017), keyed by instruction identity.</summary>
        public Dictionary<Instruction, LocationInfo?> TokenSites { get; } = new Dictionary<Instruction, LocationInfo?>(IdentityComparer.Instance);

        /// <summary>Each communicator parameter's hidden token (its variable), for the operations written without tokens.</summary>
        private readonly Dictionary<int, int> _hiddenTokens = new Dictionary<int, int>();

        /// <summary>Whether <paramref name="method"/> is a communicator operation written without a token, which the
        /// generator threads on the communicator's hidden token. <c>Wait</c> takes no place in the sequence (it
        /// completes a request) and <c>CheckToken</c> is the check itself.</summary>
        private static bool IsThreaded(IMethodSymbol method)
            => !method.IsStatic && method.ContainingType is not null && Kinds.IsCommunicator(method.ContainingType) && PrimitiveRules.Attribute(method) is not null
                && !IsTokenOverload(method) && method.Name is not ("Wait" or "WaitAll" or "CheckToken");

        /// <summary>A hidden token for each communicator parameter whose operations are written without tokens: every
        /// such operation becomes <c>comm.CheckToken(commToken)</c>, the operation, <c>commToken = comm.Token</c>, as if
        /// the user had threaded the tokens (the generated forward and adjoint carry explicit tokens either way).</summary>
        private void DeclareHiddenTokens(IOperation body)
        {
            foreach (var invocation in body.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (!IsThreaded(invocation.TargetMethod) || invocation.Instance is not IParameterReferenceOperation p
                    || !_symbols.TryGetValue(p.Parameter, out var communicator) || _hiddenTokens.ContainsKey(communicator)) continue;
                _hiddenTokens[communicator] = NewVariable(_variables[communicator].Name + "Token", ValueKind.Token, VariableRole.Hidden, ValueKind.Token.CSharpName());
            }
        }

        /// <summary>The body with each hidden token taken from its communicator first.</summary>
        private List<Statement> StartHiddenTokens(List<Statement> body)
        {
            if (_hiddenTokens.Count == 0) return body;
            var start = _hiddenTokens.Select(pair => (Statement)TokenRead(pair.Value, pair.Key)).ToList();
            start.AddRange(body);
            return start;
        }

        private Instruction TokenRead(int token, int communicator)
            => new Instruction(OpCode.Member, token, new EquatableArray<Operand>(new[] { Operand.Of(_variables[communicator]) }), "Token");

        /// <summary>After an instruction that may issue operations on communicators among <paramref name="args"/> (a
        /// differentiable callee, an operation with the user's own token), their hidden tokens are taken again.</summary>
        private void ResyncHiddenTokens(IEnumerable<Operand> args)
        {
            foreach (var communicator in args.Where(a => a.IsVariable).Select(a => a.Variable).Distinct())
            {
                if (_hiddenTokens.TryGetValue(communicator, out var token)) _current.Add(TokenRead(token, communicator));
            }
        }

        /// <summary><c>comm.Op(args…)</c> written without a token: checked on the communicator's hidden token, which
        /// is then the next one.</summary>
        private Operand LowerThreaded(IMethodSymbol method, IOperation at, Operand[] args, int? destination)
        {
            var receiver = args[0];
            if (!_hiddenTokens.TryGetValue(receiver.Variable, out var token)
                || TokenCheck(method.ContainingType, receiver, Operand.Of(_variables[token])) is not { } check)
            {
                return LowerPrimitive(method, at, null, args, destination);
            }
            _current.Add(check);
            var result = LowerPrimitive(method, at, null, args, destination);
            _current.Add(TokenRead(token, receiver.Variable));
            return result;
        }

        /// <summary><c>comm.CheckToken(token)</c> as an instruction (an ordered primitive returning nothing); null when
        /// the communicator type has no such primitive.</summary>
        private Instruction? TokenCheck(ITypeSymbol communicator, Operand receiver, Operand token)
        {
            var check = communicator.GetMembers("CheckToken").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == 1);
            var call = check is null ? null : PrimitiveRules.Model(check, null, out _);
            return call is null ? null : new Instruction(OpCode.Primitive, NewTemp(ValueKind.Int), new EquatableArray<Operand>(new[] { receiver, token }), check!.Name, call);
        }

        /// <summary>Whether <paramref name="method"/> is a communicator's token-threading overload:
        /// <c>Op(args…, CommToken token, out CommToken next)</c>.</summary>
        private static bool IsTokenOverload(IMethodSymbol method)
        {
            var n = method.Parameters.Length;
            return !method.IsStatic && n >= 2 && Kinds.IsCommunicator(method.ContainingType)
                && Kinds.Of(method.Parameters[n - 2].Type) == ValueKind.Token && method.Parameters[n - 2].RefKind == RefKind.None
                && Kinds.Of(method.Parameters[n - 1].Type) == ValueKind.Token && method.Parameters[n - 1].RefKind == RefKind.Out;
        }

        /// <summary><c>y = comm.Op(args…, token, out next)</c> becomes three instructions: the check of the token (an
        /// ordered void primitive, <c>comm.CheckToken(token)</c>), the operation without token (its rules are the
        /// ones of that overload), and <c>next = comm.Token</c>.</summary>
        private Operand LowerTokenCall(IInvocationOperation invocation, int? destination)
        {
            var method = invocation.TargetMethod;
            var n = method.Parameters.Length;
            var plain = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic
                && m.Parameters.Length == n - 2 && PrimitiveRules.Attribute(m) is not null
                && Enumerable.Range(0, n - 2).All(i => SymbolEqualityComparer.Default.Equals(m.Parameters[i].Type, method.Parameters[i].Type)));
            if (plain is null)
            {
                Report(DiagnosticDescriptors.NoDerivativeForCall, invocation.Syntax, method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    "this communicator has no differentiable form of it with a token; call it without the token");
                return Invalid;
            }
            if (!(invocation.Instance is IParameterReferenceOperation p && _symbols.TryGetValue(p.Parameter, out var receiverId)
                && _variables[receiverId].Kind == ValueKind.Opaque))
            {
                return Unsupported(invocation.Instance ?? invocation, "the object of '" + method.Name
                    + "' must be a [NoDerivative] parameter of the method (a communicator is passed in, not made or stored)");
            }
            var receiver = Operand.Of(_variables[receiverId]);

            // The arguments in evaluation order; the out argument is written after the call.
            var values = new Operand[n - 1];
            IOperation? next = null;
            foreach (var argument in invocation.Arguments)
            {
                var ordinal = argument.Parameter!.Ordinal;
                if (ordinal == n - 1)
                {
                    next = argument.Value;
                    continue;
                }
                if (argument.ArgumentKind == ArgumentKind.ParamArray)
                {
                    Unsupported(argument, "params arguments are not supported");
                    return Invalid;
                }
                var later = invocation.Arguments.SkipWhile(a => a != argument).Skip(1).Select(a => a.Value).ToArray();
                values[ordinal] = ReadNow(Lower(argument.Value), later);
            }
            if (values.Any(v => v is null || ReferenceEquals(v, Invalid))) return Invalid;

            if (TokenCheck(method.ContainingType, receiver, values[n - 2]) is not { } checkInstruction)
            {
                Report(DiagnosticDescriptors.NoDerivativeForCall, invocation.Syntax, method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    "this communicator has no differentiable form of it with a token; call it without the token");
                return Invalid;
            }
            _current.Add(checkInstruction);
            TokenSites[checkInstruction] = LocationInfo.From(invocation.Arguments.First(a => a.Parameter!.Ordinal == n - 2).Value.Syntax);

            var result = LowerPrimitive(plain, invocation, null, new[] { receiver }.Concat(values.Take(n - 2)).ToArray(), plain.ReturnsVoid ? null : destination);
            ResyncHiddenTokens(new[] { receiver });

            var target = OutTarget(next);
            if (target is int id && id >= 0)
            {
                var read = new Instruction(OpCode.Member, id, new EquatableArray<Operand>(new[] { receiver }), "Token");
                _current.Add(read);
                TokenSites[read] = LocationInfo.From(next!.Syntax);
            }
            else if (target is null)
            {
                Unsupported(next ?? invocation, "the next token must go to a local variable (out var next) or be discarded (out _)");
                return Invalid;
            }
            return result;
        }

        /// <summary>The variable an <c>out</c> token argument writes: a local (declared there or before); -1 for a discard.</summary>
        private int? OutTarget(IOperation? value)
        {
            switch (value)
            {
                case IDiscardOperation:
                    return -1;
                case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared }:
                    var local = declared.Local;
                    if (!_symbols.TryGetValue(local, out var id))
                    {
                        id = NewVariable(local.Name, ValueKind.Token, VariableRole.Local, Kinds.FullyQualified(local.Type));
                        _symbols[local] = id;
                    }
                    return id;
                case ILocalReferenceOperation reference when _symbols.TryGetValue(reference.Local, out var existing):
                    return existing;
                default:
                    return null;
            }
        }
    }
}
