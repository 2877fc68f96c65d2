using ILGPU;
using ILGPU.Runtime;

namespace Adcme.Benchmarks;

/// <summary>
/// The heat problem's gradient written by hand as fused ILGPU kernels, every state stored: the reference the GPU
/// backend's generated gradient is measured against in the same run (issue 15: hand-written fused CUDA and ILGPU
/// kernels ran at the bandwidth limit). Forward: one kernel per step, u⁺ = u + dt·κ⊙Δu + dt. Reverse, per step:
/// one kernel for κ̄ += dt·ū⊙Δu and w = dt·κ⊙ū, one for ū ← ū + Δw (Δ is symmetric with zero outside).
/// </summary>
public sealed class HeatOnDevice : IDisposable
{
    private readonly GpuBackend _backend;
    private readonly int _n;
    private readonly double _dt, _scale;
    private readonly MemoryBuffer1D<double, Stride1D.Dense> _kappa, _dKappa, _bar, _weighted, _squares;
    private readonly MemoryBuffer1D<double, Stride1D.Dense>[] _states;
    private readonly Action<Index2D, ArrayView<double>, ArrayView<double>, ArrayView<double>, double, double, int> _step;
    private readonly Action<Index2D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<double>, double, double, int> _reverse;
    private readonly Action<Index2D, ArrayView<double>, ArrayView<double>, double, int> _spread;
    private readonly Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>> _seed;
    private readonly Action<Index1D, ArrayView<double>> _zero;
    private readonly Action<Index1D, ArrayView<double>, ArrayView<double>, int> _rows;
    private readonly MemoryBuffer1D<double, Stride1D.Dense> _rowSums;

    public HeatOnDevice(GpuBackend backend, HeatEquation.Problem problem, int steps)
    {
        _backend = backend;
        _n = problem.N;
        _dt = problem.Dt;
        _scale = 1 / (problem.H * problem.H);
        var accelerator = backend.Accelerator;
        _kappa = accelerator.Allocate1D(problem.Kappa.ToArray());
        _dKappa = accelerator.Allocate1D<double>(_n * _n);
        _bar = accelerator.Allocate1D<double>(_n * _n);
        _weighted = accelerator.Allocate1D<double>(_n * _n);
        _squares = accelerator.Allocate1D<double>(_n * _n);
        _states = new MemoryBuffer1D<double, Stride1D.Dense>[steps + 1];
        _states[0] = accelerator.Allocate1D(problem.U0.ToArray());
        for (var k = 1; k <= steps; k++) _states[k] = accelerator.Allocate1D<double>(_n * _n);
        _step = accelerator.LoadAutoGroupedStreamKernel<Index2D, ArrayView<double>, ArrayView<double>, ArrayView<double>, double, double, int>(Step);
        _reverse = accelerator.LoadAutoGroupedStreamKernel<Index2D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<double>, double, double, int>(Reverse);
        _spread = accelerator.LoadAutoGroupedStreamKernel<Index2D, ArrayView<double>, ArrayView<double>, double, int>(AddLaplacian);
        _seed = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>>(Seed);
        _zero = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>>(Zero);
        _rows = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>, int>(RowSums);
        _rowSums = accelerator.Allocate1D<double>(_n);
    }

    /// <summary>κ̄ of the last <see cref="Gradient"/>, copied to the host.</summary>
    public double[] DKappa() => _dKappa.GetAsArray1D();

    /// <summary>The loss Σ(u^T)²; κ̄ stays on the device (<see cref="DKappa"/>).</summary>
    public double Gradient()
    {
        var loss = Forward();
        var size = _n * _n;
        var grid = new Index2D(_n, _n);
        _seed(size, _states[^1].View, _bar.View, _squares.View);
        _zero(size, _dKappa.View);
        for (var k = _states.Length - 2; k >= 0; k--)
        {
            _reverse(grid, _states[k].View, _kappa.View, _bar.View, _weighted.View, _dKappa.View, _dt, _scale, _n);
            _spread(grid, _weighted.View, _bar.View, _scale, _n);
        }
        _backend.Accelerator.Synchronize();
        return loss;
    }

    /// <summary>The loss, every state stored.</summary>
    public double Forward()
    {
        var grid = new Index2D(_n, _n);
        for (var k = 0; k + 1 < _states.Length; k++) _step(grid, _states[k].View, _states[k + 1].View, _kappa.View, _dt, _scale, _n);
        _seed(_n * _n, _states[^1].View, _bar.View, _squares.View);
        _rows(_n, _squares.View, _rowSums.View, _n);
        var rows = _rowSums.GetAsArray1D();
        var loss = 0.0;
        foreach (var row in rows) loss += row;
        return loss;
    }

    public void Dispose()
    {
        foreach (var state in _states) state.Dispose();
        _kappa.Dispose();
        _dKappa.Dispose();
        _bar.Dispose();
        _weighted.Dispose();
        _squares.Dispose();
        _rowSums.Dispose();
    }

    private static double Laplacian(ArrayView<double> u, int i, int j, int n, double scale)
    {
        var c = i * n + j;
        var sum = -4 * u[c];
        if (i > 0) sum += u[c - n];
        if (i < n - 1) sum += u[c + n];
        if (j > 0) sum += u[c - 1];
        if (j < n - 1) sum += u[c + 1];
        return sum * scale;
    }

    private static void Step(Index2D index, ArrayView<double> u, ArrayView<double> next, ArrayView<double> kappa, double dt, double scale, int n)
    {
        var c = index.X * n + index.Y;
        next[c] = u[c] + dt * (kappa[c] * Laplacian(u, index.X, index.Y, n, scale)) + dt;
    }

    private static void Reverse(Index2D index, ArrayView<double> u, ArrayView<double> kappa, ArrayView<double> bar, ArrayView<double> weighted, ArrayView<double> dKappa, double dt, double scale, int n)
    {
        var c = index.X * n + index.Y;
        dKappa[c] += dt * bar[c] * Laplacian(u, index.X, index.Y, n, scale);
        weighted[c] = dt * kappa[c] * bar[c];
    }

    private static void AddLaplacian(Index2D index, ArrayView<double> weighted, ArrayView<double> bar, double scale, int n)
        => bar[index.X * n + index.Y] += Laplacian(weighted, index.X, index.Y, n, scale);

    private static void Seed(Index1D i, ArrayView<double> u, ArrayView<double> bar, ArrayView<double> squares)
    {
        bar[i] = 2 * u[i];
        squares[i] = u[i] * u[i];
    }

    private static void Zero(Index1D i, ArrayView<double> x) => x[i] = 0;

    private static void RowSums(Index1D row, ArrayView<double> x, ArrayView<double> sums, int n)
    {
        var sum = 0.0;
        for (var j = 0; j < n; j++) sum += x[row * n + j];
        sums[row] = sum;
    }
}
