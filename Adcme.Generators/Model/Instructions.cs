using System;

namespace Adcme.Generators.Model
{
    /// <summary>Operations of the three-address IR. Elementwise operations keep their identity (no opaque
    /// calls) so that per-element derivative rules apply to scalars now and to tensors later.</summary>
    internal enum OpCode
    {
        Copy,
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,
        Remainder,
        Not,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        /// <summary>Non-short-circuit boolean and (both operands already evaluated).</summary>
        And,
        Or,
        Convert,
        /// <summary>A System.Math / System.MathF function; <see cref="Instruction.Name"/> holds its name.</summary>
        Intrinsic,
        ArrayNew,
        ArrayLoad,
        ArrayLength,
        /// <summary>Stores Args[2] into Args[0][Args[1]]; no target.</summary>
        ArrayStore,
        /// <summary>Reads property <see cref="Instruction.Name"/> of Args[0], an opaque parameter (a communicator's Rank or
        /// Size): a value without derivative.</summary>
        Member,
        /// <summary>A call to another [Differentiable] method, described by <see cref="Instruction.Call"/>.</summary>
        Call,
        /// <summary>A [Primitive] (method or operator) whose hand-written rules are named in <see cref="Instruction.Call"/>.</summary>
        Primitive,
        /// <summary>A chain of elementwise tensor operations fused into one loop (<see cref="Instruction.Kernel"/>);
        /// made by the fusion pass, never by the parser. <see cref="Instruction.Name"/> is the kernel's method.</summary>
        Fused,
    }

    /// <summary>An operand: a variable of the method, or a literal (C# text) of a known kind.</summary>
    internal sealed record Operand(int Variable, string? Literal, ValueKind Kind)
    {
        public bool IsVariable => Literal is null;

        public static Operand Of(VariableModel variable) => new Operand(variable.Id, null, variable.Kind);

        public static Operand Constant(string text, ValueKind kind) => new Operand(-1, text, kind);
    }

    internal abstract record Statement;

    /// <summary>What an operation does besides computing its result from its operands.</summary>
    internal enum Effect
    {
        /// <summary>The result depends on the operands alone: the operation may be recomputed, fused, or its adjoint
        /// skipped when the result's adjoint is zero.</summary>
        Pure,
        /// <summary>The operation has state or effects (a stateful primitive, communication, a call to another
        /// differentiable method, which records on the shared tape): its result is recorded, never recomputed,
        /// hoisted, fused or skipped, and its adjoint runs exactly once per forward execution, in exact reverse order.</summary>
        Ordered,
    }

    /// <summary>The user's statement an instruction was lowered from: its line (1-based) and its text (first line).
    /// Generated code prints it as a comment before the statement's code in each sweep.</summary>
    internal sealed record SourceLine(int Line, string Text);

    /// <summary>Target = Op(Args). Target is -1 for <see cref="OpCode.ArrayStore"/>.</summary>
    internal sealed record Instruction(OpCode Op, int Target, EquatableArray<Operand> Args, string? Name = null, CallModel? Call = null,
        KernelModel? Kernel = null, SourceLine? Source = null) : Statement
    {
        /// <summary>Calls to differentiable methods are split into a recording forward and a reverse that consumes the
        /// record; primitives are ordered when they say so (<c>[Primitive(…, Ordered = true)]</c>); everything else is pure.</summary>
        public Effect Effect => Op == OpCode.Call || (Op == OpCode.Primitive && Call!.Ordered) ? Effect.Ordered : Effect.Pure;
    }

    /// <summary>One node of a fused elementwise expression. <see cref="Op"/> is "input" (kernel input
    /// <see cref="Input"/>), "constant" (<see cref="Constant"/>, C# text), a unary function (neg, Exp, Log, Sin,
    /// Cos, Tanh, Sqrt, Abs, Relu, Sigmoid; operand <see cref="Left"/>), a binary operator (+ - * /) or Pow
    /// (exponent <see cref="Right"/>, not differentiated), or a stencil ("stencil:Name": operand <see cref="Left"/>,
    /// a tensor input read at neighbouring elements; scale argument <see cref="Right"/>, not differentiated; and for a
    /// stencil with a coefficient field, Diffusion's κ, that input as <see cref="Coefficient"/>, −1 otherwise).
    /// Children come before their parents.</summary>
    internal sealed record KernelNode(string Op, int Left = -1, int Right = -1, int Input = -1, string? Constant = null, int Coefficient = -1,
        EquatableArray<int> Arguments = default);

    /// <summary>A kernel input: a tensor, a double, or an int (a window's offset or size); <see cref="Differentiable"/> is
    /// false for an input that is only ever a Pow exponent, a stencil's scale or a window's int.</summary>
    internal sealed record KernelInput(ValueKind Kind, bool Differentiable);

    /// <summary>A fused elementwise expression over its inputs (the instruction's arguments, in order); the
    /// last node is the result.</summary>
    internal sealed record KernelModel(EquatableArray<KernelInput> Inputs, EquatableArray<KernelNode> Nodes);

    internal sealed record IfStatement(Operand Condition, EquatableArray<Statement> Then, EquatableArray<Statement> Else) : Statement;

    /// <summary>Runs <see cref="Condition"/>, stops when <see cref="ConditionValue"/> is false, else runs
    /// <see cref="Body"/> and repeats. Trip counts are decided at run time. <see cref="Checkpoint"/>: a counted loop of a
    /// [Checkpointed] method, reversed by a binomial checkpointing schedule (see <see cref="CheckpointModel"/>).</summary>
    internal sealed record LoopStatement(EquatableArray<Statement> Condition, Operand ConditionValue, EquatableArray<Statement> Body,
        CheckpointModel? Checkpoint = null) : Statement;

    /// <summary>A counted loop <c>for (k = a; k &lt; b; k++)</c> whose bound does not change while it runs: its condition
    /// block ends with <c>go = k &lt; b</c> (<see cref="Index"/> is k), so its trip count is b − k before it runs.
    /// <see cref="Snapshots"/>: the [Checkpointed] budget (−1: from the memory budget at run time).</summary>
    internal sealed record CheckpointModel(int Index, int Snapshots);

    /// <summary>A callee parameter as the caller needs to know it.</summary>
    internal sealed record CallParameter(string Name, ValueKind Kind, bool Differentiable, string TypeName);

    /// <summary>A call to a [Differentiable] method (its generated companions are named after <see cref="Name"/>) or to a
    /// [Primitive] (its rules are <see cref="Pullback"/> and <see cref="Tangent"/>; <see cref="Ordered"/> when it has effects).
    /// An <see cref="Instance"/> primitive is called on its first argument (the receiver, an opaque parameter), its static
    /// rules take that receiver first; a <see cref="Void"/> one is a statement (its int target is never written).
    /// <see cref="Replication"/>: for a differentiable callee that takes a communicator, when its result is the same on
    /// every rank (see <see cref="Analysis.Replication"/>); null for callees without one.</summary>
    internal sealed record CallModel(string ContainingType, string Name, ValueKind ResultKind, EquatableArray<CallParameter> Parameters,
        string? Pullback = null, string? Tangent = null, string? Operator = null, bool Ordered = false, bool Instance = false, bool Void = false,
        ulong? Replication = null);
}
