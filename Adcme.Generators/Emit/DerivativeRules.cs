using System.Collections.Generic;
using System.Globalization;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>The texts a rule is printed with at one instruction: its operands, its result, the math class and
    /// literals in the instruction's type. (What a rule reads is declared by the rule: <see cref="DerivativeRules.Reads"/>.)</summary>
    internal sealed class RuleContext
    {
        private readonly Instruction _instruction;
        private readonly System.Func<Operand, string> _text;
        private readonly string _result;

        public RuleContext(Instruction instruction, System.Func<Operand, string> text, string result, bool isFloat)
        {
            _instruction = instruction;
            _text = text;
            _result = result;
            IsFloat = isFloat;
        }

        public bool IsFloat { get; }

        /// <summary>Whether argument <paramref name="index"/> is a literal other than zero.</summary>
        public bool IsNonZeroConstant(int index)
        {
            var literal = _instruction.Args[index].Literal;
            return literal is not null && double.TryParse(literal.TrimEnd('f', 'd'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value != 0;
        }

        public string Arg(int index) => _text(_instruction.Args[index]);

        public string Result() => _result;

        public string Math => IsFloat ? "global::System.MathF" : "global::System.Math";

        public string Literal(double value)
        {
            var text = IsFloat ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f" : value.ToString("R", CultureInfo.InvariantCulture);
            if (!IsFloat && text.IndexOfAny(new[] { '.', 'E' }) < 0) text += ".0";
            return text;
        }
    }

    /// <summary>What an instruction's rules read: the operands, and whether the result. Declared by the rules
    /// themselves (<see cref="RuleTable"/>), so that the adjoint records exactly the values its rules read.</summary>
    internal sealed class RuleReads
    {
        public HashSet<int> UsedArguments { get; } = new HashSet<int>();

        public bool UsedResult { get; set; }
    }

    /// <summary>Per-element derivative rules, printed from <see cref="RuleTable"/>. For argument j of an instruction
    /// and a seed g (the result's adjoint in reverse mode, the argument's tangent in forward mode) a rule gives the
    /// contribution ∂result/∂argⱼ · g. The same rules serve scalars and elementwise tensor operations.</summary>
    internal static class DerivativeRules
    {
        public static string Contribution(Instruction instruction, int j, string g, RuleContext c)
        {
            var partial = Partial(instruction, j);
            return partial.Choose(c.IsNonZeroConstant).Print(c.Arg, c.Result, g, c.Math, c.Literal);
        }

        /// <summary>What the rules of the arguments <paramref name="wanted"/> selects read.</summary>
        public static RuleReads Reads(Instruction instruction, System.Func<int, bool> wanted)
        {
            var reads = new RuleReads();
            for (var j = 0; j < instruction.Args.Count; j++)
            {
                if (!wanted(j)) continue;
                foreach (var form in Partial(instruction, j).Forms())
                {
                    foreach (var k in form.ReadArguments) reads.UsedArguments.Add(k);
                    if (form.ReadsResult) reads.UsedResult = true;
                }
            }
            return reads;
        }

        private static PartialRule Partial(Instruction instruction, int j)
        {
            var rule = RuleTable.Find(instruction);
            if (rule is null || j >= rule.Arity)
            {
                throw new System.InvalidOperationException("no derivative rule for " + (instruction.Op == OpCode.Intrinsic ? "Math." + instruction.Name : instruction.Op.ToString()));
            }
            return rule.Partials[j];
        }
    }
}
