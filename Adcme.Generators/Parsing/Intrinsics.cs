using System.Collections.Generic;

namespace Adcme.Generators.Parsing
{
    /// <summary>The System.Math / System.MathF functions the IR knows, with their arity. Their derivative
    /// rules live in Emit/RuleTable.cs; functions with zero derivative are listed here (Piecewise) and have none.</summary>
    internal static class Intrinsics
    {
        private static readonly Dictionary<string, int[]> Arity = new Dictionary<string, int[]>
        {
            ["Sin"] = new[] { 1 }, ["Cos"] = new[] { 1 }, ["Tan"] = new[] { 1 },
            ["Asin"] = new[] { 1 }, ["Acos"] = new[] { 1 }, ["Atan"] = new[] { 1 }, ["Atan2"] = new[] { 2 },
            ["Sinh"] = new[] { 1 }, ["Cosh"] = new[] { 1 }, ["Tanh"] = new[] { 1 },
            ["Asinh"] = new[] { 1 }, ["Acosh"] = new[] { 1 }, ["Atanh"] = new[] { 1 },
            ["Exp"] = new[] { 1 }, ["Log"] = new[] { 1, 2 }, ["Log10"] = new[] { 1 }, ["Log2"] = new[] { 1 },
            ["Sqrt"] = new[] { 1 }, ["Cbrt"] = new[] { 1 }, ["Pow"] = new[] { 2 },
            ["Abs"] = new[] { 1 }, ["Max"] = new[] { 2 }, ["Min"] = new[] { 2 }, ["Clamp"] = new[] { 3 },
            ["FusedMultiplyAdd"] = new[] { 3 },
            ["Sign"] = new[] { 1 }, ["Floor"] = new[] { 1 }, ["Ceiling"] = new[] { 1 },
            ["Round"] = new[] { 1, 2 }, ["Truncate"] = new[] { 1 },
        };

        /// <summary>Functions whose derivative is zero wherever it exists.</summary>
        public static readonly HashSet<string> Piecewise = new HashSet<string> { "Sign", "Floor", "Ceiling", "Round", "Truncate" };

        public static bool IsKnown(string name, int argumentCount)
            => Arity.TryGetValue(name, out var counts) && System.Array.IndexOf(counts, argumentCount) >= 0;
    }
}
