using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>
    /// Fuses chains of elementwise tensor operations (operators, Exp … Sigmoid, Pow, the rule table's stencils,
    /// which read their operand, a tensor variable, at neighbouring elements, and windows, Tensor.Block of a tensor
    /// variable, read in place at shifted elements) into single
    /// <see cref="OpCode.Fused"/> instructions, so that the adjoint's forward sweep makes one pass and one
    /// tensor per chain instead of one per operation, and its reverse sweep one pass for the whole chain,
    /// recomputing the intermediate values per element instead of recording them.
    /// An operation joins the operation that uses its result when the result is a compiler temporary, assigned
    /// once and used once, by an elementwise operation later in the same block, and nothing in between assigns
    /// any of the values it reads. A chain of one operation stays a primitive call.
    /// </summary>
    internal static class Fusion
    {
        private const string TensorType = "global::Adcme.Tensor";

        private static readonly Dictionary<string, string> Binary = new Dictionary<string, string>
        {
            ["op_Addition"] = "+",
            ["op_Subtraction"] = "-",
            ["op_Multiply"] = "*",
            ["op_Division"] = "/",
        };

        /// <summary>The runtime's one-argument tensor functions that fuse: those of the rule table (Pow takes an exponent).</summary>
        private static readonly HashSet<string> Unary = new HashSet<string>(System.Linq.Enumerable.Where(Emit.RuleTable.TensorFunctions, f => f != "Pow"));

        public static MethodModel Apply(MethodModel model)
        {
            var uses = new int[model.Variables.Count];
            var assignments = new int[model.Variables.Count];
            CountUses(model.Body, uses, assignments);
            if (model.ResultVariable >= 0) uses[model.ResultVariable]++;
            var pass = new Pass(model, uses, assignments);
            var body = pass.Block(model.Body);
            return pass.Fused == 0 ? model : model with { Body = body };
        }

        private static void CountUses(EquatableArray<Statement> block, int[] uses, int[] assignments)
        {
            foreach (var statement in block)
            {
                switch (statement)
                {
                    case Instruction instruction:
                        foreach (var arg in instruction.Args) if (arg.IsVariable) uses[arg.Variable]++;
                        if (instruction.Target >= 0) assignments[instruction.Target]++;
                        break;
                    case IfStatement branch:
                        if (branch.Condition.IsVariable) uses[branch.Condition.Variable]++;
                        CountUses(branch.Then, uses, assignments);
                        CountUses(branch.Else, uses, assignments);
                        break;
                    case LoopStatement loop:
                        if (loop.ConditionValue.IsVariable) uses[loop.ConditionValue.Variable]++;
                        CountUses(loop.Condition, uses, assignments);
                        CountUses(loop.Body, uses, assignments);
                        break;
                }
            }
        }

        /// <summary>The elementwise operation an instruction performs ("+", "neg", "Exp", "Pow", …), or null.</summary>
        public static string? ElementwiseOp(Instruction instruction)
        {
            if (instruction.Op != OpCode.Primitive || instruction.Call is not { } call || call.ResultKind != ValueKind.Tensor) return null;
            var args = instruction.Args;
            // A stencil of the rule table over tensor variables, its scale's argument a double.
            // (Diffusion takes two: its coefficient field κ, then the operand u.)
            if (Emit.RuleTable.FindStencil(call.ContainingType, call.Name) is { } stencil && !call.Instance && args.Count == stencil.Operands + 1
                && args.Take(stencil.Operands).All(arg => arg.Kind == ValueKind.Tensor && arg.IsVariable) && args[stencil.Operands].Kind == ValueKind.Double)
            {
                return Emit.RuleTable.StencilPrefix + stencil.Name;
            }
            if (call.ContainingType != TensorType) return null;
            // Tensor.Block(p, row, column, rows, columns) of a tensor variable: a window the kernel reads in place.
            if (call.Name == "Block" && !call.Instance && args.Count == 5 && args[0].Kind == ValueKind.Tensor && args[0].IsVariable
                && args.Skip(1).All(arg => arg.Kind == ValueKind.Int))
            {
                return Emit.RuleTable.WindowOp;
            }
            bool Fits(Operand operand) => operand.Kind == ValueKind.Tensor ? operand.IsVariable : operand.Kind == ValueKind.Double;
            if (!args.All(Fits)) return null;
            if (args.Count == 2 && Binary.TryGetValue(call.Name, out var op) && (args[0].Kind == ValueKind.Tensor || args[1].Kind == ValueKind.Tensor)) return op;
            if (args.Count == 1 && args[0].Kind == ValueKind.Tensor)
            {
                if (call.Name == "op_UnaryNegation") return "neg";
                if (Unary.Contains(call.Name)) return call.Name;
            }
            if (args.Count == 2 && call.Name == "Pow" && args[0].Kind == ValueKind.Tensor && args[1].Kind == ValueKind.Double) return "Pow";
            return null;
        }

        /// <summary>An expression tree: an operation over children, or a leaf operand.</summary>
        private sealed class Tree
        {
            public Tree(string op, Tree[] children) { Op = op; Children = children; }

            public Tree(Operand leaf) { Op = "leaf"; Leaf = leaf; Children = new Tree[0]; }

            public string Op { get; }
            public Tree[] Children { get; }
            public Operand? Leaf { get; }
            public int Operations => Op == "leaf" ? 0 : 1 + Children.Sum(c => c.Operations);

            public IEnumerable<int> Variables()
            {
                if (Leaf is { IsVariable: true } leaf) yield return leaf.Variable;
                foreach (var child in Children)
                {
                    foreach (var variable in child.Variables()) yield return variable;
                }
            }
        }

        private sealed class Pending
        {
            public Pending(int index, Tree tree) { Index = index; Tree = tree; }

            public int Index { get; }
            public Tree Tree { get; }
        }

        private sealed class Pass
        {
            private readonly MethodModel _model;
            private readonly int[] _uses;
            private readonly int[] _assignments;

            public Pass(MethodModel model, int[] uses, int[] assignments)
            {
                _model = model;
                _uses = uses;
                _assignments = assignments;
            }

            public int Fused { get; private set; }

            public EquatableArray<Statement> Block(EquatableArray<Statement> block)
            {
                var output = new List<Statement?>();
                var trees = new Dictionary<int, (Instruction Instruction, Tree Tree)>();
                var pending = new Dictionary<int, Pending>();
                foreach (var statement in block)
                {
                    if (statement is Instruction instruction && ElementwiseOp(instruction) is { } op)
                    {
                        // A stencil reads its operand at neighbouring elements, a window at shifted ones.
                        var stencil = IsStencil(op) || op == Emit.RuleTable.WindowOp;
                        var children = instruction.Args.Select(arg =>
                        {
                            // The operand of a stencil or a window stays a tensor.
                            if (arg.IsVariable && !stencil && pending.TryGetValue(arg.Variable, out var inner))
                            {
                                pending.Remove(arg.Variable);
                                output[inner.Index] = null;
                                return inner.Tree;
                            }
                            return new Tree(arg);
                        }).ToArray();
                        var tree = new Tree(op, children);
                        Invalidate(pending, new[] { instruction.Target }, instruction.Args);
                        trees[output.Count] = (instruction, tree);
                        if (Inlinable(instruction.Target)) pending[instruction.Target] = new Pending(output.Count, tree);
                        output.Add(instruction);
                        continue;
                    }
                    var rewritten = Nested(statement);
                    Invalidate(pending, Assigned(rewritten), Read(rewritten));
                    output.Add(rewritten);
                }
                var result = new List<Statement>();
                for (var i = 0; i < output.Count; i++)
                {
                    if (output[i] is not { } statement) continue;
                    if (trees.TryGetValue(i, out var fused) && fused.Tree.Operations >= 2) statement = Kernel(fused.Instruction, fused.Tree);
                    result.Add(statement);
                }
                return result.ToEquatableArray();
            }

            private static bool IsStencil(string op) => op.StartsWith(Emit.RuleTable.StencilPrefix, System.StringComparison.Ordinal);

            /// <summary>A temporary assigned once and read once can move into the operation that reads it.</summary>
            private bool Inlinable(int variable)
                => _model.Variables[variable].Role == VariableRole.Temporary && _uses[variable] == 1 && _assignments[variable] == 1;

            /// <summary>Chains waiting for their consumer stop waiting when one of the values they read is
            /// assigned, or when their result is read by something that is not elementwise.</summary>
            private static void Invalidate(Dictionary<int, Pending> pending, IEnumerable<int> assigned, IEnumerable<Operand> read)
            {
                var written = new HashSet<int>(assigned);
                foreach (var operand in read)
                {
                    if (operand.IsVariable) pending.Remove(operand.Variable);
                }
                foreach (var key in pending.Where(p => written.Contains(p.Key) || p.Value.Tree.Variables().Any(written.Contains)).Select(p => p.Key).ToList())
                {
                    pending.Remove(key);
                }
            }

            private Statement Nested(Statement statement) => statement switch
            {
                IfStatement branch => branch with { Then = Block(branch.Then), Else = Block(branch.Else) },
                LoopStatement loop => loop with { Condition = Block(loop.Condition), Body = Block(loop.Body) },
                _ => statement,
            };

            private static IEnumerable<int> Assigned(Statement statement)
            {
                foreach (var (instruction, _) in IrWalker.Instructions(new EquatableArray<Statement>(new[] { statement })))
                {
                    if (instruction.Target >= 0) yield return instruction.Target;
                    else if (instruction.Op == OpCode.ArrayStore && instruction.Args[0].IsVariable) yield return instruction.Args[0].Variable;
                }
            }

            private static IEnumerable<Operand> Read(Statement statement)
            {
                switch (statement)
                {
                    case IfStatement branch:
                        yield return branch.Condition;
                        break;
                    case LoopStatement loop:
                        yield return loop.ConditionValue;
                        break;
                }
                foreach (var (instruction, _) in IrWalker.Instructions(new EquatableArray<Statement>(new[] { statement })))
                {
                    foreach (var arg in instruction.Args) yield return arg;
                }
            }

            private Instruction Kernel(Instruction root, Tree tree)
            {
                var inputs = new List<Operand>();
                var differentiable = new List<bool>();
                var nodes = new List<KernelNode>();
                int Add(Tree node, bool exponent)
                {
                    if (node.Leaf is { } leaf)
                    {
                        if (!leaf.IsVariable) nodes.Add(new KernelNode("constant", Constant: leaf.Literal));
                        else
                        {
                            var index = inputs.FindIndex(o => o.Variable == leaf.Variable);
                            if (index < 0)
                            {
                                index = inputs.Count;
                                inputs.Add(leaf);
                                differentiable.Add(false);
                            }
                            if (!exponent) differentiable[index] = true;
                            nodes.Add(new KernelNode("input", Input: index));
                        }
                        return nodes.Count - 1;
                    }
                    if (node.Op == Emit.RuleTable.WindowOp)
                    {
                        // Block(p, row, column, rows, columns): p read in place; the ints are not differentiated.
                        var operand = Add(node.Children[0], false);
                        var arguments = node.Children.Skip(1).Select(child => Add(child, true)).ToArray();
                        nodes.Add(new KernelNode(node.Op, operand, Arguments: arguments.ToEquatableArray()));
                        return nodes.Count - 1;
                    }
                    if (node.Children.Length == 3)
                    {
                        // A stencil with a coefficient field: Diffusion(κ, u, h).
                        var coefficient = Add(node.Children[0], false);
                        var operand = Add(node.Children[1], false);
                        nodes.Add(new KernelNode(node.Op, operand, Add(node.Children[2], true), Coefficient: coefficient));
                        return nodes.Count - 1;
                    }
                    var left = Add(node.Children[0], false);
                    // Pow's exponent and a stencil's scale argument are not differentiated.
                    var right = node.Children.Length > 1 ? Add(node.Children[1], node.Op == "Pow" || IsStencil(node.Op)) : -1;
                    nodes.Add(new KernelNode(node.Op, left, right));
                    return nodes.Count - 1;
                }
                Add(tree, false);
                var kernel = new KernelModel(
                    inputs.Select((o, i) => new KernelInput(o.Kind, differentiable[i])).ToEquatableArray(),
                    nodes.ToEquatableArray());
                var name = "__" + _model.UniqueName + "_Kernel" + Fused.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Fused++;
                return new Instruction(OpCode.Fused, root.Target, inputs.ToEquatableArray(), name, null, kernel, root.Source);
            }
        }
    }
}
