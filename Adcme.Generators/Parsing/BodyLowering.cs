using System.Collections.Generic;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Parsing
{
    /// <summary>Lowers a method body (IOperation tree) into the three-address IR. Control flow becomes
    /// structured: early return, break and continue set flags that guard what follows them, so that the
    /// adjoint can reverse every block without gotos.</summary>
    internal sealed partial class BodyLowering
    {
        private readonly List<VariableModel> _variables = new List<VariableModel>();
        private readonly Dictionary<ISymbol, int> _symbols = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Stack<LoopContext> _loops = new Stack<LoopContext>();
        private List<Statement> _current = new List<Statement>();
        private int _returnedFlag = -1;
        private readonly HashSet<int> _rejected = new HashSet<int>();

        /// <summary>Array stores with where they are written, checked for ownership once lowering is done.</summary>
        public List<(int Array, LocationInfo? Location)> ArrayStores { get; } = new List<(int, LocationInfo?)>();

        /// <summary>Arguments of differentiable type passed to [NoDerivative] parameters of primitives and
        /// differentiable methods, with the call's target: checked against activity once the body is lowered.</summary>
        public List<DroppedDerivative> DroppedDerivatives { get; } = new List<DroppedDerivative>();

        internal sealed class DroppedDerivative
        {
            public DroppedDerivative(Operand argument, int target, string text, string callee, string parameter, LocationInfo? location)
            {
                Argument = argument;
                Target = target;
                Text = text;
                Callee = callee;
                Parameter = parameter;
                Location = location;
            }

            public Operand Argument { get; }
            public int Target { get; }
            public string Text { get; }
            public string Callee { get; }
            public string Parameter { get; }
            public LocationInfo? Location { get; }
        }

        /// <summary>Loop locations in pre-order, for diagnostics found by later analyses.</summary>
        public List<LocationInfo?> LoopLocations { get; } = new List<LocationInfo?>();

        /// <summary>True when the body holds code the compiler itself rejects: the compiler reports it, we stay quiet.</summary>
        public bool SawInvalidCode { get; private set; }

        public BodyLowering(List<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics;

        public IReadOnlyList<VariableModel> Variables => _variables;

        public int ResultVariable { get; private set; } = -1;

        private sealed class LoopContext
        {
            public ILabelSymbol? ContinueLabel;
            public ILabelSymbol? ExitLabel;
            public int BreakFlag = -1;
            public int ContinueFlag = -1;
        }

        public int DeclareParameter(IParameterSymbol parameter, ValueKind kind)
        {
            var id = NewVariable(parameter.Name, kind, VariableRole.Parameter, Kinds.Declared(parameter.Type));
            _symbols[parameter] = id;
            return id;
        }

        public EquatableArray<Statement> LowerBody(IOperation body, ValueKind resultKind)
        {
            ResultVariable = NewVariable("result", resultKind, VariableRole.Result, resultKind.CSharpName());
            DeclareHiddenTokens(body);
            FindLocalFunctions(body);
            LowerStatement(body, isTail: true);
            return StartHiddenTokens(StartTables(_current)).ToEquatableArray();
        }

        private int NewVariable(string name, ValueKind kind, VariableRole role, string typeName)
        {
            var id = _variables.Count;
            _variables.Add(new VariableModel(id, name, kind, role, typeName));
            return id;
        }

        private int NewTemp(ValueKind kind) => NewVariable("t", kind, VariableRole.Temporary, kind.CSharpName());

        private int ReturnedFlag => _returnedFlag >= 0 ? _returnedFlag : (_returnedFlag = NewVariable("returned", ValueKind.Bool, VariableRole.Flag, "bool"));

        private void Emit(Statement statement) => _current.Add(statement);

        private void Emit(OpCode op, int target, params Operand[] args) => _current.Add(new Instruction(op, target, new EquatableArray<Operand>(args)));

        /// <summary>Runs <paramref name="lower"/> with a fresh statement list and returns what it emitted.</summary>
        private EquatableArray<Statement> Capture(System.Action lower)
        {
            var saved = _current;
            _current = new List<Statement>();
            lower();
            var captured = _current.ToEquatableArray();
            _current = saved;
            return captured;
        }

        private void Report(DiagnosticDescriptor descriptor, SyntaxNode? node, params string[] arguments)
            => _diagnostics.Add(DiagnosticDescriptors.Info(descriptor, LocationInfo.From(node), arguments));

        private static Operand BoolLiteral(bool value) => Operand.Constant(value ? "true" : "false", ValueKind.Bool);
    }
}
