using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>ADCME017: communication tokens are linear. Each token (a <c>CommToken</c> value: a parameter,
    /// <c>comm.Token</c>, or the <c>out</c> of a token-threading call) is consumed at most once; a token still unused
    /// when its communicator issues another operation, or when a new chain starts, is dropped; an operation issued
    /// without a token while a token of its communicator is unused bypasses the chain; both branches of an if leave
    /// the same tokens unused, and a loop body hands on the tokens it consumes. A chain may end unused (the last
    /// token of a method). Run on the lowered IR, whose instructions keep their source order.</summary>
    internal static class TokenLinearity
    {
        private enum Status
        {
            Live,
            Consumed,
        }

        private sealed class Token
        {
            public Token(Status status, int communicator, LocationInfo? site)
            {
                Status = status;
                Communicator = communicator;
                Site = site;
            }

            public Status Status { get; }
            /// <summary>The communicator variable it belongs to; -1 while unknown (a parameter not used yet).</summary>
            public int Communicator { get; }
            public LocationInfo? Site { get; }

            /// <summary>The same state; a communicator not known yet (a parameter's token) matches any.</summary>
            public bool SameAs(Token? other) => other is not null && other.Status == Status
                && (other.Communicator == Communicator || other.Communicator < 0 || Communicator < 0);
        }

        public static List<DiagnosticInfo> Check(IReadOnlyList<VariableModel> variables, IEnumerable<ParameterModel> parameters, EquatableArray<Statement> body,
            IReadOnlyDictionary<Instruction, LocationInfo?> sites)
        {
            var diagnostics = new List<DiagnosticInfo>();
            if (!variables.Any(v => v.Kind == ValueKind.Token) && sites.Count == 0) return diagnostics;
            var state = new Dictionary<int, Token>();
            foreach (var parameter in parameters)
            {
                if (parameter.Kind == ValueKind.Token) state[parameter.Variable] = new Token(Status.Live, -1, null);
            }
            new Walker(variables, sites, diagnostics).Block(body, state);
            return diagnostics;
        }

        private sealed class Walker
        {
            private readonly IReadOnlyList<VariableModel> _variables;
            private readonly IReadOnlyDictionary<Instruction, LocationInfo?> _sites;
            private readonly List<DiagnosticInfo> _diagnostics;

            public Walker(IReadOnlyList<VariableModel> variables, IReadOnlyDictionary<Instruction, LocationInfo?> sites, List<DiagnosticInfo> diagnostics)
            {
                _variables = variables;
                _sites = sites;
                _diagnostics = diagnostics;
            }

            private string Name(int variable) => _variables[variable].Name;

            /// <summary>Tokens already reported: one report each (what follows from a first mistake is not another).</summary>
            private readonly HashSet<int> _reported = new HashSet<int>();

            private void Report(int token, LocationInfo? at, string message)
            {
                if (!_reported.Add(token)) return;
                _diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.TokenMisuse, at, message));
            }

            private LocationInfo? Site(Instruction instruction) => _sites.TryGetValue(instruction, out var site) ? site : null;

            public void Block(EquatableArray<Statement> statements, Dictionary<int, Token> state)
            {
                foreach (var statement in statements)
                {
                    switch (statement)
                    {
                        case Instruction instruction:
                            Step(instruction, state);
                            break;
                        case IfStatement branch:
                            {
                                var then = new Dictionary<int, Token>(state);
                                var otherwise = new Dictionary<int, Token>(state);
                                Block(branch.Then, then);
                                Block(branch.Else, otherwise);
                                foreach (var variable in then.Keys.Union(otherwise.Keys).ToList())
                                {
                                    then.TryGetValue(variable, out var a);
                                    otherwise.TryGetValue(variable, out var b);
                                    if (a is not null && !a.SameAs(b) && state.ContainsKey(variable))
                                    {
                                        var used = a.Status == Status.Consumed || b is null ? a : b;
                                        if (used.Site is null && b?.Site is not null) used = b;
                                        Report(variable, used?.Site, "token '" + Name(variable) + "' is used on one branch of an if and not on the other: "
                                            + "ranks would issue different operations; use it on both branches or on neither");
                                    }
                                    state[variable] = a ?? b!;
                                }
                                break;
                            }
                        case LoopStatement loop:
                            {
                                var before = new Dictionary<int, Token>(state);
                                Block(loop.Condition, state);
                                var entry = new Dictionary<int, Token>(state);
                                Block(loop.Body, state);
                                foreach (var pair in entry)
                                {
                                    if (pair.Value.Status == Status.Live && state.TryGetValue(pair.Key, out var after) && after.Status == Status.Consumed)
                                    {
                                        Report(pair.Key, after.Site, "token '" + Name(pair.Key) + "' is consumed inside a loop but not replaced: the next iteration "
                                            + "would use it again; pass the next token on in the same variable (…, " + Name(pair.Key) + ", out " + Name(pair.Key) + ")");
                                    }
                                }
                                foreach (var pair in before) if (!state.ContainsKey(pair.Key)) state[pair.Key] = pair.Value;
                                break;
                            }
                    }
                }
            }

            /// <summary>A token check was just seen: the next communicator operation is the one it checks.</summary>
            private bool _checked;
            /// <summary>A checked operation was just issued: a token read next is its <c>out</c>.</summary>
            private bool _issued;

            private void Step(Instruction instruction, Dictionary<int, Token> state)
            {
                var wasChecked = _checked;
                var wasIssued = _issued;
                _checked = false;
                _issued = false;
                switch (instruction.Op)
                {
                    // The generator's own tokens (threaded through operations written without tokens) are linear by
                    // construction: their reads and checks are not the user's; the operation they check is issued
                    // without a token of the user's.
                    case OpCode.Member when instruction.Target >= 0 && _variables[instruction.Target].Role == VariableRole.Hidden:
                        break;
                    case OpCode.Primitive when instruction.Call!.Instance && instruction.Name == "CheckToken" && instruction.Args.Count == 2
                        && instruction.Args[1].IsVariable && _variables[instruction.Args[1].Variable].Role == VariableRole.Hidden:
                        break;
                    case OpCode.Member when instruction.Name == "Token" && KindOf(instruction.Target) == ValueKind.Token:
                        {
                            var communicator = instruction.Args[0].Variable;
                            var site = Site(instruction);
                            if (state.TryGetValue(instruction.Target, out var old) && old.Status == Status.Live)
                            {
                                Report(instruction.Target, site, "token '" + Name(instruction.Target) + "' is overwritten before any operation used it: it is dropped");
                            }
                            if (!wasIssued)
                            {
                                // A new chain: every unused token of this communicator is dropped.
                                foreach (var other in LiveOf(state, communicator).Where(v => v != instruction.Target).ToList())
                                {
                                    Report(other, site, "token '" + Name(other) + "' is dropped: a new token of the same communicator is taken here while '"
                                        + Name(other) + "' was never passed to an operation");
                                    state[other] = new Token(Status.Consumed, communicator, site);
                                }
                            }
                            state[instruction.Target] = new Token(Status.Live, communicator, site);
                            break;
                        }
                    case OpCode.Primitive when instruction.Call!.Instance && instruction.Name == "CheckToken" && instruction.Args.Count == 2:
                        {
                            var communicator = instruction.Args[0].Variable;
                            var site = Site(instruction);
                            var token = instruction.Args[1];
                            _checked = true;
                            if (!token.IsVariable) break;
                            var twice = state.TryGetValue(token.Variable, out var current) && current.Status == Status.Consumed;
                            if (twice)
                            {
                                Report(token.Variable, site, "token '" + Name(token.Variable) + "' is used twice: an earlier operation already consumed it; "
                                    + "use the token that operation returned");
                            }
                            foreach (var other in LiveOf(state, communicator).Where(v => v != token.Variable && !twice).ToList())
                            {
                                Report(other, site, "token '" + Name(other) + "' is dropped: this operation uses '" + Name(token.Variable) + "' while '" + Name(other)
                                    + "' was never passed to an operation");
                                state[other] = new Token(Status.Consumed, communicator, site);
                            }
                            state[token.Variable] = new Token(Status.Consumed, communicator, site);
                            break;
                        }
                    // Wait completes a request: not an operation of its own (it takes no sequence number).
                    case OpCode.Primitive when instruction.Call!.Instance && instruction.Args.Count > 0 && IsCommunicator(instruction.Args[0])
                        && instruction.Name != "Wait":
                        {
                            if (wasChecked)
                            {
                                _issued = true;
                                break;
                            }
                            var communicator = instruction.Args[0].Variable;
                            foreach (var live in LiveOf(state, communicator).ToList())
                            {
                                Report(live, Site(instruction), "token '" + Name(live) + "' is bypassed: '" + instruction.Name + "' is issued without a token while '"
                                    + Name(live) + "' is unused; pass it to that operation (…, " + Name(live) + ", out var next)");
                                state[live] = new Token(Status.Consumed, communicator, state[live].Site);
                            }
                            break;
                        }
                    case OpCode.Copy when KindOf(instruction.Target) == ValueKind.Token:
                        {
                            var source = instruction.Args[0];
                            if (source.IsVariable && state.TryGetValue(source.Variable, out var moved))
                            {
                                state[source.Variable] = new Token(Status.Consumed, moved.Communicator, moved.Site);
                                state[instruction.Target] = new Token(moved.Status, moved.Communicator, moved.Site);
                            }
                            break;
                        }
                    case OpCode.Call:
                        {
                            // A differentiable callee given the communicator communicates without this method's tokens.
                            foreach (var comm in instruction.Args.Where(IsCommunicator))
                            {
                                foreach (var live in LiveOf(state, comm.Variable).ToList())
                                {
                                    Report(live, Site(instruction), "token '" + Name(live) + "' is bypassed: '" + instruction.Name + "' communicates on the same "
                                        + "communicator while '" + Name(live) + "' is unused; take the token after the call (comm.Token)");
                                    state[live] = new Token(Status.Consumed, comm.Variable, state[live].Site);
                                }
                            }
                            goto default;
                        }
                    default:
                        foreach (var arg in instruction.Args)
                        {
                            // Handed to a call or another primitive: it is theirs now.
                            if (arg.IsVariable && arg.Kind == ValueKind.Token && state.TryGetValue(arg.Variable, out var given))
                            {
                                state[arg.Variable] = new Token(Status.Consumed, given.Communicator, given.Site);
                            }
                        }
                        break;
                }
            }

            private IEnumerable<int> LiveOf(Dictionary<int, Token> state, int communicator)
                => state.Where(p => p.Value.Status == Status.Live && (p.Value.Communicator == communicator || p.Value.Communicator < 0)).Select(p => p.Key);

            private ValueKind KindOf(int variable) => variable >= 0 ? _variables[variable].Kind : ValueKind.Int;

            private bool IsCommunicator(Operand operand) => operand.IsVariable && Parsing.Kinds.IsCommunicatorTypeName(_variables[operand.Variable].TypeName);
        }
    }
}
