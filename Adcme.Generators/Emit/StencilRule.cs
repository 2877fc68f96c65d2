using System.Collections.Generic;
using System.Globalization;

namespace Adcme.Generators.Emit
{
    /// <summary>A neighbour of a stencil: its offset in rows and columns and its coefficient.</summary>
    internal readonly struct StencilTap
    {
        public StencilTap(int row, int column, double coefficient)
        {
            Row = row;
            Column = column;
            Coefficient = coefficient;
        }

        public int Row { get; }

        public int Column { get; }

        public double Coefficient { get; }
    }

    /// <summary>
    /// A stencil of the runtime written as an elementwise rule with neighbour offsets, on the interior of an n×m grid
    /// with zero outside (docs/architecture.md, "One rule table"): the value at (i, j) is
    /// <c>(centre·x[i, j] + Σ coefficient·x[i + row, j + column]) · scale(h)</c>, the neighbours summed in the order
    /// given and only where they are inside the grid — the order and the arithmetic of the runtime's primitive, so
    /// that a fused stencil equals the primitive bit for bit. <see cref="Scale"/> is a template over the primitive's
    /// second argument ($x0, not differentiated). A <see cref="SelfAdjoint"/> stencil's pullback is the same stencil
    /// applied to the seed (as the primitive's pullback computes it); another's pullback is the primitive's own.
    /// </summary>
    internal sealed class StencilRule
    {
        public StencilRule(string containingType, string name, double centre, StencilTap[] taps, string scale, bool selfAdjoint, int margin = 0)
            : this(containingType, name, centre, taps, scale, selfAdjoint, margin, coefficient: false)
        {
        }

        private StencilRule(string containingType, string name, double centre, StencilTap[] taps, string scale, bool selfAdjoint, int margin, bool coefficient)
        {
            HasCoefficient = coefficient;
            Margin = margin;
            ContainingType = containingType;
            Name = name;
            Centre = centre;
            Taps = taps;
            Scale = new RuleTemplate(scale);
            SelfAdjoint = selfAdjoint;
            var reach = 0;
            foreach (var tap in taps) reach = System.Math.Max(reach, System.Math.Max(System.Math.Abs(tap.Row), System.Math.Abs(tap.Column)));
            Reach = coefficient ? 1 : reach;
        }

        /// <summary>Stencils.Diffusion's rule: ∇·(κ∇u) on the grid, zero outside, with a coefficient field κ as a second
        /// operand (its first argument). Its pullback is the primitive's own (κ̄ and ū from the stencil node's adjoint).</summary>
        public static StencilRule Diffusion(string containingType, string name, string scale)
            => new StencilRule(containingType, name, 0, new StencilTap[0], scale, selfAdjoint: false, margin: 0, coefficient: true);

        /// <summary>Whether the stencil reads a coefficient field (Diffusion's κ) besides its operand.</summary>
        public bool HasCoefficient { get; }

        /// <summary>How many tensor arguments the primitive takes before its scale argument.</summary>
        public int Operands => HasCoefficient ? 2 : 1;

        public string ContainingType { get; }

        public string Name { get; }

        public double Centre { get; }

        public IReadOnlyList<StencilTap> Taps { get; }

        public RuleTemplate Scale { get; }

        public bool SelfAdjoint { get; }

        /// <summary>How far the furthest neighbour is, in rows or columns.</summary>
        public int Reach { get; }

        /// <summary>How many rows and columns the operand has on each side beyond the result (0: the result has the
        /// operand's shape and neighbours outside it are 0; 1: the operand is the result's block padded by a halo,
        /// and every neighbour is in it).</summary>
        public int Margin { get; }

        /// <summary>How far from the result's edges the neighbours of a result element may leave the operand.</summary>
        public int Edge => System.Math.Max(0, Reach - Margin);

        /// <summary>The statements that leave the stencil's value at element <c>i</c> (row <c>row</c>, column
        /// <c>col</c> of a grid of <c>rows</c>×<c>columns</c>) of <paramref name="source"/> in <paramref name="target"/>,
        /// neighbours outside the grid skipped; <paramref name="scale"/> names the scale's value.</summary>
        public IEnumerable<string> ScalarForm(string target, string source, string index, string stride, string scale, System.Func<double, string> literal)
        {
            yield return "var " + target + " = " + literal(Centre) + " * " + source + "[" + index + "];";
            foreach (var tap in Taps)
            {
                var conditions = new List<string>();
                if (tap.Row < -Margin) conditions.Add("row >= " + Int(-tap.Row - Margin));
                if (tap.Row > Margin) conditions.Add("row < rows - " + Int(tap.Row - Margin));
                if (tap.Column < -Margin) conditions.Add("col >= " + Int(-tap.Column - Margin));
                if (tap.Column > Margin) conditions.Add("col < columns - " + Int(tap.Column - Margin));
                var term = Coefficient(tap, literal, source + "[" + index + Offset(tap, stride) + "]");
                yield return (conditions.Count == 0 ? "" : "if (" + string.Join(" && ", conditions) + ") ") + target + " += " + term + ";";
            }
            yield return target + " *= " + scale + ";";
        }

        /// <summary>The stencil's value at elements i … i + width − 1 as one vector expression, for elements whose
        /// neighbours are all inside the operand: the same operations in the same order, lane by lane.</summary>
        public string VectorForm(System.Func<string, string> load, string index, string stride, string scale, System.Func<double, string> literal)
        {
            var text = literal(Centre) + " * " + load(index);
            foreach (var tap in Taps) text = "(" + text + " + " + Coefficient(tap, literal, load(index + Offset(tap, stride))) + ")";
            return text + " * " + scale;
        }

        // Diffusion's sides in the primitive's order (up, down, left, right): the row and column offsets and the test
        // that the neighbour is inside the grid.
        private static readonly (int Row, int Column, string Inside)[] Sides =
        {
            (-1, 0, "row >= 1"), (1, 0, "row < rows - 1"), (0, -1, "col >= 1"), (0, 1, "col < columns - 1"),
        };

        /// <summary>The statements that leave Diffusion's value at element <c>i</c> in <paramref name="target"/>, the
        /// primitive's loop for one node: flux = 0; per side flux += face·((inside ? x[o] : 0) − x[c]) with face =
        /// ½(κ[c] + κ[o]) inside, κ[c] outside; then × scale.</summary>
        public IEnumerable<string> DiffusionScalarForm(string target, string kappa, string source, string index, string stride, string scale)
        {
            yield return "var " + target + " = 0.0;";
            foreach (var side in Sides)
            {
                var other = index + Offset(new StencilTap(side.Row, side.Column, 1), stride);
                yield return "if (" + side.Inside + ") " + target + " += 0.5 * (" + kappa + "[" + index + "] + " + kappa + "[" + other + "]) * ("
                    + source + "[" + other + "] - " + source + "[" + index + "]);";
                yield return "else " + target + " += " + kappa + "[" + index + "] * (0.0 - " + source + "[" + index + "]);";
            }
            yield return target + " *= " + scale + ";";
        }

        /// <summary>Diffusion's value at elements i … i + width − 1 whose four neighbours are all inside the grid: the
        /// same operations in the same order, lane by lane.</summary>
        public string DiffusionVectorForm(System.Func<string, string> kappa, System.Func<string, string> source, string index, string stride, string scale,
            System.Func<double, string> literal)
        {
            var text = literal(0.0);
            foreach (var side in Sides)
            {
                var other = index + Offset(new StencilTap(side.Row, side.Column, 1), stride);
                text = "(" + text + " + " + literal(0.5) + " * (" + kappa(index) + " + " + kappa(other) + ") * (" + source(other) + " - " + source(index) + "))";
            }
            return text + " * " + scale;
        }

        private static string Coefficient(StencilTap tap, System.Func<double, string> literal, string value)
            => tap.Coefficient == 1 ? value : literal(tap.Coefficient) + " * " + value;

        private static string Offset(StencilTap tap, string stride)
        {
            var parts = new List<string>();
            if (tap.Row != 0) parts.Add((tap.Row < 0 ? " - " : " + ") + (System.Math.Abs(tap.Row) == 1 ? "" : Int(System.Math.Abs(tap.Row)) + " * ") + stride);
            if (tap.Column != 0) parts.Add((tap.Column < 0 ? " - " : " + ") + Int(System.Math.Abs(tap.Column)));
            return string.Concat(parts);
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
