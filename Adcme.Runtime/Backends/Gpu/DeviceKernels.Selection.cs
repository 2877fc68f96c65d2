using ILGPU;

namespace Adcme;

// Selection on the device: Where with its rules (Maximum, Minimum, Clamp and their partials use the kernels the
// generator prints into ElementRules from the rule table). Operands are spread to the result's shape first.
internal static partial class DeviceKernels
{
    /// <summary>r = a where the condition is nonzero (NaN counts as nonzero), b elsewhere.</summary>
    public static void Where(Index1D i, ArrayView<double> condition, ArrayView<double> a, ArrayView<double> b, ArrayView<double> r)
        => r[i] = condition[i] != 0 ? a[i] : b[i];

    /// <summary>d = g where (condition ≠ 0) is <paramref name="toA"/> ≠ 0, 0 elsewhere (Where's pullback, one operand).</summary>
    public static void Selected(Index1D i, ArrayView<double> condition, ArrayView<double> g, ArrayView<double> d, int toA)
        => d[i] = (condition[i] != 0) == (toA != 0) ? g[i] : 0;

    /// <summary>r = Where(condition, u, v), a missing tangent (has… = 0) standing for zero.</summary>
    public static void WhereTangent(Index1D i, ArrayView<double> condition, ArrayView<double> u, ArrayView<double> v, ArrayView<double> r, int hasU, int hasV)
        => r[i] = condition[i] != 0 ? (hasU != 0 ? u[i] : 0) : (hasV != 0 ? v[i] : 0);
}
