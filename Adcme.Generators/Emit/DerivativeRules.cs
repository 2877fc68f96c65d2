using System.Collections.Generic;
using System.Globalization;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>Reads operand and result texts for a rule, remembering which ones the rule used, so that the
    /// adjoint records exactly the values its rules read.</summary>
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

        public int ArgumentCount => _instruction.Args.Count;

        /// <summary>Whether argument <paramref name="index"/> is a literal other than zero.</summary>
        public bool IsNonZeroConstant(int index)
        {
            var literal = _instruction.Args[index].Literal;
            return literal is not null && double.TryParse(literal.TrimEnd('f', 'd'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value != 0;
        }

        public HashSet<int> UsedArguments { get; } = new HashSet<int>();

        public bool UsedResult { get; private set; }

        public string Arg(int index)
        {
            UsedArguments.Add(index);
            return _text(_instruction.Args[index]);
        }

        public string Result()
        {
            UsedResult = true;
            return _result;
        }

        public string Math => IsFloat ? "global::System.MathF" : "global::System.Math";

        public string Literal(double value)
        {
            var text = IsFloat ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f" : value.ToString("R", CultureInfo.InvariantCulture);
            if (!IsFloat && text.IndexOfAny(new[] { '.', 'E' }) < 0) text += ".0";
            return text;
        }

        public string Zero => IsFloat ? "0f" : "0.0";
    }

    /// <summary>Per-element derivative rules. For argument j of an instruction and a seed g (the result's adjoint
    /// in reverse mode, the argument's tangent in forward mode) a rule gives the contribution ∂result/∂argⱼ · g.
    /// The same rules serve scalars now and elementwise tensor operations later.</summary>
    internal static class DerivativeRules
    {
        public static string Contribution(Instruction instruction, int j, string g, RuleContext c)
        {
            switch (instruction.Op)
            {
                case OpCode.Copy:
                case OpCode.Add:
                case OpCode.Convert:
                    return g;
                case OpCode.Negate:
                    return "-" + g;
                case OpCode.Subtract:
                    return j == 0 ? g : "-" + g;
                case OpCode.Multiply:
                    return j == 0 ? g + " * " + c.Arg(1) : c.Arg(0) + " * " + g;
                case OpCode.Divide:
                    return j == 0 ? g + " / " + c.Arg(1) : "-" + g + " * " + c.Arg(0) + " / (" + c.Arg(1) + " * " + c.Arg(1) + ")";
                case OpCode.Remainder:
                    return j == 0 ? g : "-" + g + " * " + c.Math + ".Truncate(" + c.Arg(0) + " / " + c.Arg(1) + ")";
                case OpCode.Intrinsic:
                    return Intrinsic(instruction.Name!, j, g, c);
                default:
                    throw new System.InvalidOperationException("no derivative rule for " + instruction.Op);
            }
        }

        private static string Intrinsic(string name, int j, string g, RuleContext c)
        {
            var m = c.Math;
            switch (name)
            {
                case "Sin": return g + " * " + m + ".Cos(" + c.Arg(0) + ")";
                case "Cos": return "-" + g + " * " + m + ".Sin(" + c.Arg(0) + ")";
                case "Tan": return g + " / (" + m + ".Cos(" + c.Arg(0) + ") * " + m + ".Cos(" + c.Arg(0) + "))";
                case "Asin": return g + " / " + m + ".Sqrt(" + c.Literal(1) + " - " + c.Arg(0) + " * " + c.Arg(0) + ")";
                case "Acos": return "-" + g + " / " + m + ".Sqrt(" + c.Literal(1) + " - " + c.Arg(0) + " * " + c.Arg(0) + ")";
                case "Atan": return g + " / (" + c.Literal(1) + " + " + c.Arg(0) + " * " + c.Arg(0) + ")";
                case "Atan2":
                    {
                        // atan2(y, x): ∂y = x / (x² + y²), ∂x = −y / (x² + y²)
                        var denominator = "(" + c.Arg(1) + " * " + c.Arg(1) + " + " + c.Arg(0) + " * " + c.Arg(0) + ")";
                        return j == 0 ? g + " * " + c.Arg(1) + " / " + denominator : "-" + g + " * " + c.Arg(0) + " / " + denominator;
                    }
                case "Sinh": return g + " * " + m + ".Cosh(" + c.Arg(0) + ")";
                case "Cosh": return g + " * " + m + ".Sinh(" + c.Arg(0) + ")";
                case "Tanh": return g + " * (" + c.Literal(1) + " - " + c.Result() + " * " + c.Result() + ")";
                case "Asinh": return g + " / " + m + ".Sqrt(" + c.Arg(0) + " * " + c.Arg(0) + " + " + c.Literal(1) + ")";
                case "Acosh": return g + " / " + m + ".Sqrt(" + c.Arg(0) + " * " + c.Arg(0) + " - " + c.Literal(1) + ")";
                case "Atanh": return g + " / (" + c.Literal(1) + " - " + c.Arg(0) + " * " + c.Arg(0) + ")";
                case "Exp": return g + " * " + c.Result();
                case "Log":
                    if (j == 0)
                    {
                        // log(x) or log(x, b) = ln x / ln b
                        return c.ArgumentCount == 1 ? g + " / " + c.Arg(0) : g + " / (" + c.Arg(0) + " * " + m + ".Log(" + c.Arg(1) + "))";
                    }
                    return "-" + g + " * " + m + ".Log(" + c.Arg(0) + ") / (" + c.Arg(1) + " * " + m + ".Log(" + c.Arg(1) + ") * " + m + ".Log(" + c.Arg(1) + "))";
                case "Log10": return g + " / (" + c.Arg(0) + " * " + c.Literal(2.302585092994046) + ")";
                case "Log2": return g + " / (" + c.Arg(0) + " * " + c.Literal(0.6931471805599453) + ")";
                case "Sqrt": return g + " / (" + c.Literal(2) + " * " + c.Result() + ")";
                case "Cbrt": return g + " / (" + c.Literal(3) + " * " + c.Result() + " * " + c.Result() + ")";
                case "Pow":
                    // x^y: ∂x = y·x^(y−1); ∂y = x^y·ln x for x > 0 (zero elsewhere, where it is undefined or a limit of 0)
                    // (x^0 has derivative 0 everywhere, also at x = 0 where y·x^(y−1) would be 0·∞.)
                    return j == 0
                        ? c.IsNonZeroConstant(1)
                            ? g + " * " + c.Arg(1) + " * " + m + ".Pow(" + c.Arg(0) + ", " + c.Arg(1) + " - " + c.Literal(1) + ")"
                            : "(" + c.Arg(1) + " == " + c.Zero + " ? " + c.Zero + " : " + g + " * " + c.Arg(1) + " * " + m + ".Pow(" + c.Arg(0) + ", " + c.Arg(1) + " - " + c.Literal(1) + "))"
                        : "(" + c.Arg(0) + " > " + c.Zero + " ? " + g + " * " + c.Result() + " * " + m + ".Log(" + c.Arg(0) + ") : " + c.Zero + ")";
                case "Abs": return "(" + c.Arg(0) + " > " + c.Zero + " ? " + g + " : " + c.Arg(0) + " < " + c.Zero + " ? -" + g + " : " + c.Zero + ")";
                case "Max":
                    // Ties go to the first argument.
                    return j == 0 ? "(" + c.Arg(0) + " >= " + c.Arg(1) + " ? " + g + " : " + c.Zero + ")"
                                  : "(" + c.Arg(0) + " >= " + c.Arg(1) + " ? " + c.Zero + " : " + g + ")";
                case "Min":
                    return j == 0 ? "(" + c.Arg(0) + " <= " + c.Arg(1) + " ? " + g + " : " + c.Zero + ")"
                                  : "(" + c.Arg(0) + " <= " + c.Arg(1) + " ? " + c.Zero + " : " + g + ")";
                case "Clamp":
                    // clamp(x, lo, hi) is lo below lo, hi above hi, x in between (bounds included).
                    return j == 0 ? "(" + c.Arg(0) + " >= " + c.Arg(1) + " && " + c.Arg(0) + " <= " + c.Arg(2) + " ? " + g + " : " + c.Zero + ")"
                         : j == 1 ? "(" + c.Arg(0) + " < " + c.Arg(1) + " ? " + g + " : " + c.Zero + ")"
                                  : "(" + c.Arg(0) + " > " + c.Arg(2) + " && " + c.Arg(0) + " >= " + c.Arg(1) + " ? " + g + " : " + c.Zero + ")";
                case "FusedMultiplyAdd":
                    return j == 0 ? g + " * " + c.Arg(1) : j == 1 ? c.Arg(0) + " * " + g : g;
                default:
                    throw new System.InvalidOperationException("no derivative rule for Math." + name);
            }
        }
    }
}
