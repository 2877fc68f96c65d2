using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Analysis;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>Writes the reverse-mode core: a forward sweep (the primal, recording on the tape the values
    /// the adjoint will need that do not survive to the end, and the control-flow path), then the reverse
    /// sweep, which walks the IR backwards, replaying loops by their recorded trip counts and branches by
    /// their recorded direction, and accumulates adjoints. Adjoints of parameters are added into the
    /// caller's ref arguments, so that pullbacks compose.</summary>
    internal sealed partial class AdjointEmitter : EmitterBase
    {
        private readonly StabilityAnalysis _stability;
        private readonly HashSet<int> _recorded = new HashSet<int>();
        private readonly HashSet<int> _recordedShadows = new HashSet<int>();
        private readonly HashSet<Instruction> _firstDefinitions;
        private readonly bool _writesArrays;
        private readonly Dictionary<string, string> _scratch = new Dictionary<string, string>();
        private readonly List<string> _scratchDeclarations = new List<string>();
        private readonly string _tape;
        private readonly HashSet<int> _private;
        private bool _usesTape;

        public AdjointEmitter(MethodModel model, SourceWriter writer) : base(model, writer)
        {
            _stability = new StabilityAnalysis(model.Variables, model.Body);
            _tape = Names.Fresh("tape");
            Seed = Names.Fresh("seed");
            FindRecordedValues();
            _firstDefinitions = FindFirstDefinitions();
            _writesArrays = IrWalker.Instructions(model.Body).Any(i => i.Instruction.Op == OpCode.ArrayStore);
            _private = FindPrivateTensors();
        }

        /// <summary>Array arguments of a call whose contents may change after it: the callee's pullback must see
        /// them as they were, so the forward sweep saves a copy. Parameter arrays are never written.</summary>
        private List<int> SnapshotArguments(Instruction instruction)
        {
            var positions = new List<int>();
            if (!_writesArrays || instruction.Op != OpCode.Call || !Activity.IsActive(instruction)) return positions;
            for (var j = 0; j < instruction.Args.Count; j++)
            {
                var arg = instruction.Args[j];
                if (arg.IsVariable && arg.Kind == ValueKind.DoubleArray && Model.Variables[arg.Variable].Role != VariableRole.Parameter) positions.Add(j);
            }
            return positions;
        }

        /// <summary>The name of the seed parameter (the result's adjoint).</summary>
        public string Seed { get; }

        public string CoreName => "__" + Model.Name + "_Reverse";

        public void Emit()
        {
            var type = Model.ResultKind.CSharpName();
            var parameters = Model.Parameters.Select(p => p.TypeName + " " + Names[p.Variable]).ToList();
            parameters.Add(type + " " + Seed);
            foreach (var parameter in Model.Parameters.Where(p => p.Differentiable))
            {
                parameters.Add("ref " + DerivativeType(parameter.TypeName, parameter.Kind) + " " + Namer.PublicDerivativeName(parameter.Name));
            }

            var outer = Writer;
            var body = new SourceWriter(outer.Indent + 1);
            var value = Names.Fresh("value");
            WriteBody(body, value);

            outer.Open("private static " + type + " " + CoreName + "(" + string.Join(", ", parameters) + ")");
            foreach (var parameter in Model.Parameters)
            {
                if (parameter.Kind != ValueKind.DoubleArray) continue;
                var adjoint = Names.Adjoint(parameter.Variable);
                if (parameter.Differentiable)
                {
                    var name = Namer.PublicDerivativeName(parameter.Name);
                    outer.Line(name + " ??= new double[" + Names[parameter.Variable] + ".Length];");
                    if (Activity.IsActive(parameter.Variable)) outer.Line("double[] " + adjoint + " = " + name + ";");
                }
                else if (Activity.IsActive(parameter.Variable))
                {
                    outer.Line("double[] " + adjoint + " = new double[" + Names[parameter.Variable] + ".Length];");
                }
            }
            foreach (var declaration in _scratchDeclarations) outer.Line(declaration);
            if (_usesTape) outer.Line("var " + _tape + " = global::Adcme.Tape.Rent();");
            outer.Raw(body.ToString());
            if (_usesTape) outer.Line("global::Adcme.Tape.Return(" + _tape + ");");
            outer.Line("return " + value + ";");
            outer.Close();
        }

        private void WriteBody(SourceWriter body, string value)
        {
            var saved = Writer;
            Writer = body;
            DeclarePrimalVariables();
            foreach (var variable in Model.Variables)
            {
                if (!Activity.IsActive(variable.Id)) continue;
                if (variable.Role == VariableRole.Parameter && variable.Kind == ValueKind.DoubleArray) continue;
                body.Line(DerivativeType(variable.TypeName, variable.Kind) + " " + Names.Adjoint(variable.Id) + " = "
                    + (variable.Kind == ValueKind.Tensor ? "null" : DefaultValue(variable)) + ";");
            }
            body.Line("// forward sweep");
            Forward(Model.Body);
            body.Line("var " + value + " = " + Names[Model.ResultVariable] + ";");
            body.Line("// reverse sweep");
            if (Activity.IsActive(Model.ResultVariable))
            {
                // A tensor seed belongs to the caller: the reverse sweep works on a copy of its own.
                // (It must have the result's shape: a mismatch throws, naming the method.)
                body.Line(Names.Adjoint(Model.ResultVariable) + " = " + (Model.ResultKind == ValueKind.Tensor
                    ? "global::Adcme.Adjoints.Seed(" + Seed + ", " + value + ", \"" + Model.Name + "_Pullback\")" : Seed) + ";");
                Reverse(Model.Body);
            }
            foreach (var parameter in Model.Parameters)
            {
                if (!parameter.Differentiable || !Activity.IsActive(parameter.Variable)) continue;
                var name = Namer.PublicDerivativeName(parameter.Name);
                if (parameter.Kind.IsScalarFloating()) body.Line(name + " += " + Names.Adjoint(parameter.Variable) + ";");
                else if (parameter.Kind == ValueKind.Tensor) body.Line(name + " = global::Adcme.Tensor.Accumulate(" + name + ", " + Names.Adjoint(parameter.Variable) + ");");
            }
            Writer = saved;
        }

        /// <summary>Primitives of Adcme.Runtime: they never return their arguments, and their pullbacks never
        /// store the seed or an argument into an adjoint. A user's primitive promises the same in its docs
        /// (docs/custom-primitives.md), and generated code checks what it can: its result and its adjoints are
        /// copied when they are the same tensor as an argument or the seed.</summary>
        private static bool IsRuntimePrimitive(Instruction instruction)
            => instruction.Op == OpCode.Primitive && instruction.Call!.ContainingType is "global::Adcme.Tensor" or "global::Adcme.Stencils" or "global::Adcme.Sparse";

        /// <summary>Instructions whose result is a new tensor that nothing else refers to (a user's primitive's
        /// result is made so by <c>Adjoints.Own</c> in the forward sweep).</summary>
        private static bool MakesFreshTensor(Instruction instruction)
            => instruction.Op == OpCode.Fused || (instruction.Op == OpCode.Primitive && instruction.Call!.ResultKind == ValueKind.Tensor);

        /// <summary>Tensor variables whose values never escape: read only by kernels and primitives, which keep
        /// no reference to their arguments (never copied, passed to a differentiable method, or returned). A value such a variable got from a
        /// fresh-tensor instruction is referred to by that variable (and the tape) alone, so the reverse sweep
        /// gives its storage back to the pool once the instruction's reverse has run.</summary>
        private HashSet<int> FindPrivateTensors()
        {
            var candidates = new HashSet<int>(Model.Variables.Where(v => v.Kind == ValueKind.Tensor && v.Role != VariableRole.Parameter
                && v.Id != Model.ResultVariable).Select(v => v.Id));
            void Escapes(Operand operand)
            {
                if (operand.IsVariable) candidates.Remove(operand.Variable);
            }
            void Walk(EquatableArray<Statement> block)
            {
                foreach (var statement in block)
                {
                    switch (statement)
                    {
                        case Instruction instruction when instruction.Op == OpCode.Fused || instruction.Op == OpCode.Primitive:
                            break;
                        case Instruction instruction:
                            foreach (var arg in instruction.Args) Escapes(arg);
                            break;
                        case IfStatement branch:
                            Escapes(branch.Condition);
                            Walk(branch.Then);
                            Walk(branch.Else);
                            break;
                        case LoopStatement loop:
                            Escapes(loop.ConditionValue);
                            Walk(loop.Condition);
                            Walk(loop.Body);
                            break;
                    }
                }
            }
            Walk(Model.Body);
            return candidates;
        }

        /// <summary>The fused kernels the forward and reverse sweeps call (after the core method).</summary>
        public void EmitKernels()
        {
            foreach (var (instruction, _) in IrWalker.Instructions(Model.Body))
            {
                if (instruction.Op != OpCode.Fused) continue;
                var kernel = instruction.Kernel!;
                var description = KernelEmitter.Describe(kernel, instruction.Args.Select(Text).ToList());
                Writer.Line();
                KernelEmitter.EmitForward(Writer, instruction.Name!, kernel, description);
                if (!Activity.IsActive(instruction)) continue;
                Writer.Line();
                var wanted = instruction.Args.Select((arg, k) => Activity.IsActive(arg) && kernel.Inputs[k].Differentiable).ToList();
                KernelEmitter.EmitPullback(Writer, instruction.Name!, kernel, wanted, description);
            }
        }

        /// <summary>A helper local shared by all instructions (declared once at the top of the method).</summary>
        private string Scratch(string purpose, string type, string initial)
        {
            var key = purpose + ":" + type;
            if (!_scratch.TryGetValue(key, out var name))
            {
                name = Names.Fresh(purpose);
                _scratch[key] = name;
                _scratchDeclarations.Add(type + " " + name + " = " + initial + ";");
            }
            return name;
        }

        /// <summary>Reverse work: adjoint code for active instructions, and restoring a recorded value at each
        /// assignment that overwrote it (inactive ones included, such as a loop index).</summary>
        private bool HasReverseWork(Statement statement) => statement switch
        {
            Instruction instruction => Activity.IsActive(instruction) || RestoresValue(instruction) || RestoresShadow(instruction),
            IfStatement branch => branch.Then.Any(HasReverseWork) || branch.Else.Any(HasReverseWork),
            LoopStatement loop => loop.Condition.Any(HasReverseWork) || loop.Body.Any(HasReverseWork),
            _ => false,
        };

        private bool RestoresValue(Instruction instruction)
            => instruction.Target >= 0 && _recorded.Contains(instruction.Target) && !_firstDefinitions.Contains(instruction);

        /// <summary>Top-level assignments that come before any other assignment of their variable: the value
        /// they overwrite is the declaration's default, which nothing reads, so it need not be saved.</summary>
        private HashSet<Instruction> FindFirstDefinitions()
        {
            var first = new HashSet<Instruction>(IdentityComparer.Instance);
            var assigned = new HashSet<int>();
            foreach (var statement in Model.Body)
            {
                if (statement is Instruction instruction)
                {
                    // A parameter's first assignment overwrites the caller's argument, which may still be read.
                    if (instruction.Target >= 0 && assigned.Add(instruction.Target)
                        && Model.Variables[instruction.Target].Role != VariableRole.Parameter) first.Add(instruction);
                    continue;
                }
                foreach (var (nested, _) in IrWalker.Instructions(new EquatableArray<Statement>(new[] { statement })))
                {
                    if (nested.Target >= 0) assigned.Add(nested.Target);
                }
            }
            return first;
        }

        private bool RestoresShadow(Instruction instruction)
            => AssignsShadow(instruction) && _recordedShadows.Contains(instruction.Target) && !_firstDefinitions.Contains(instruction);

        private bool AssignsShadow(Instruction instruction) => Activity.IsActive(instruction)
            && (instruction.Op == OpCode.ArrayNew || (instruction.Op == OpCode.Copy && KindOf(instruction.Target) == ValueKind.DoubleArray));

        /// <summary>Which operands and whether the result an instruction's rules read, as the rules declare it.</summary>
        private RuleReads ProbeRules(Instruction instruction)
            => DerivativeRules.Reads(instruction, j => Activity.IsActive(instruction.Args[j]) && ActivityAnalysis.HasPartial(instruction, j));

        /// <summary>To-be-recorded analysis. The reverse sweep reads some primal values (operands of nonlinear
        /// rules, results, indices, call arguments) and some array adjoints (shadows). A stable one is read
        /// directly; every other one is saved on the tape just before each assignment that overwrites it and
        /// restored at that assignment's reverse, so that it holds, at every point of the reverse sweep, the
        /// value it held at the same point of the forward sweep.</summary>
        private void FindRecordedValues()
        {
            void Value(Operand operand)
            {
                if (operand.IsVariable && !_stability.IsStable(operand.Variable)) _recorded.Add(operand.Variable);
            }
            void Shadow(Operand operand)
            {
                if (operand.IsVariable && !_stability.IsStable(operand.Variable)) _recordedShadows.Add(operand.Variable);
            }
            foreach (var (instruction, _) in IrWalker.Instructions(Model.Body))
            {
                if (!Activity.IsActive(instruction)) continue;
                var args = instruction.Args;
                switch (instruction.Op)
                {
                    case OpCode.ArrayStore:
                        Shadow(args[0]);
                        Value(args[1]);
                        break;
                    case OpCode.ArrayLoad:
                        if (Activity.IsActive(args[0]))
                        {
                            Shadow(args[0]);
                            Value(args[1]);
                        }
                        break;
                    case OpCode.ArrayNew:
                    case OpCode.Copy when KindOf(instruction.Target) == ValueKind.DoubleArray:
                        break;
                    case OpCode.Primitive:
                        foreach (var arg in args) Value(arg);
                        Value(Operand.Of(Model.Variables[instruction.Target]));
                        break;
                    case OpCode.Fused:
                        // The kernel's pullback recomputes its intermediate values from the inputs.
                        foreach (var arg in args) Value(arg);
                        break;
                    case OpCode.Call:
                        for (var j = 0; j < args.Count; j++)
                        {
                            Value(args[j]);
                            if (args[j].Kind == ValueKind.DoubleArray && instruction.Call!.Parameters[j].Differentiable && Activity.IsActive(args[j])) Shadow(args[j]);
                        }
                        break;
                    default:
                        var rules = ProbeRules(instruction);
                        foreach (var j in rules.UsedArguments) Value(args[j]);
                        if (rules.UsedResult) Value(Operand.Of(Model.Variables[instruction.Target]));
                        break;
                }
            }
        }
    }
}
