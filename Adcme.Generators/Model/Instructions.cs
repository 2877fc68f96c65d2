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
        /// <summary>A call to another [Differentiable] method, described by <see cref="Instruction.Call"/>.</summary>
        Call,
        /// <summary>A [Primitive] (method or operator) whose hand-written rules are named in <see cref="Instruction.Call"/>.</summary>
        Primitive,
    }

    /// <summary>An operand: a variable of the method, or a literal (C# text) of a known kind.</summary>
    internal sealed record Operand(int Variable, string? Literal, ValueKind Kind)
    {
        public bool IsVariable => Literal is null;

        public static Operand Of(VariableModel variable) => new Operand(variable.Id, null, variable.Kind);

        public static Operand Constant(string text, ValueKind kind) => new Operand(-1, text, kind);
    }

    internal abstract record Statement;

    /// <summary>Target = Op(Args). Target is -1 for <see cref="OpCode.ArrayStore"/>.</summary>
    internal sealed record Instruction(OpCode Op, int Target, EquatableArray<Operand> Args, string? Name = null, CallModel? Call = null) : Statement;

    internal sealed record IfStatement(Operand Condition, EquatableArray<Statement> Then, EquatableArray<Statement> Else) : Statement;

    /// <summary>Runs <see cref="Condition"/>, stops when <see cref="ConditionValue"/> is false, else runs
    /// <see cref="Body"/> and repeats. Trip counts are decided at run time.</summary>
    internal sealed record LoopStatement(EquatableArray<Statement> Condition, Operand ConditionValue, EquatableArray<Statement> Body) : Statement;

    /// <summary>A callee parameter as the caller needs to know it.</summary>
    internal sealed record CallParameter(string Name, ValueKind Kind, bool Differentiable, string TypeName);

    /// <summary>A call to a [Differentiable] method: its generated companions are named after <see cref="Name"/>.</summary>
    internal sealed record CallModel(string ContainingType, string Name, ValueKind ResultKind, EquatableArray<CallParameter> Parameters,
        string? Pullback = null, string? Tangent = null, string? Operator = null);
}
