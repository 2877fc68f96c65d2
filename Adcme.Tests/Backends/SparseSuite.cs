namespace Adcme.Tests.Backends;

/// <summary>Sparse products, assembly and solves, Stencils.DiffusionMatrix and DistributedPoisson.Solve with their
/// rules on every backend: the CPU backend's bits (products and assembly are device kernels gathering in the CPU's
/// order; Sparse.Solve's conjugate gradients run on the device with the host's dot-product order, SparseSolveDeviceTests;
/// DistributedPoisson.Solve is staged through the host), its shape errors, and derivatives on the backend against
/// central finite differences and the dot-product test.</summary>
[Collection("Devices")]
public class SparseSuite
{
    /// <summary>A 4×5 pattern from pairs with duplicates, an empty row and an empty column.</summary>
    private static SparsePattern Rectangular()
        => SparsePattern.FromIndices(4, 5, [0, 2, 0, 3, 2, 0, 3, 2, 3], [1, 4, 0, 3, 4, 1, 0, 2, 3]);

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ProductsAndAssemblyWithTheirRulesAsOnTheCpu(string backend)
    {
        var pattern = Rectangular();
        var pairs = DeviceAssert.Values(1, pattern.PairCount);
        var (x, y) = (DeviceAssert.Values(2, 5), DeviceAssert.Values(3, 4));
        var (cpairs, cx, cy) = (Tensor.FromArray(pairs), Tensor.FromArray(x), Tensor.FromArray(y));
        var (dpairs, dx, dy) = (BackendCases.On(backend, pairs, pairs.Length), BackendCases.On(backend, x, 5), BackendCases.On(backend, y, 4));
        var values = Sparse.Assemble(pattern, cpairs);
        var deviceValues = Sparse.Assemble(pattern, dpairs);
        DeviceAssert.Same(values.ToArray(), deviceValues, backend);
        Tensor? cpu = null, device = null;
        Sparse.Assemble_Pullback(pattern, cpairs, values, Tensor.FromArray(DeviceAssert.Values(4, pattern.Count)), ref cpu);
        Sparse.Assemble_Pullback(pattern, dpairs, deviceValues, BackendCases.On(backend, DeviceAssert.Values(4, pattern.Count), pattern.Count), ref device);
        DeviceAssert.Same(cpu!.ToArray(), device!, backend);

        var product = Sparse.MatVec(pattern, values, cx);
        var deviceProduct = Sparse.MatVec(pattern, deviceValues, dx);
        DeviceAssert.Same(product.ToArray(), deviceProduct, backend);
        var transposed = Sparse.TransposeMatVec(pattern, values, cy);
        var deviceTransposed = Sparse.TransposeMatVec(pattern, deviceValues, dy);
        DeviceAssert.Same(transposed.ToArray(), deviceTransposed, backend);

        Tensor? cpuValues = null, cpuX = null, deviceValuesAdjoint = null, deviceX = null;
        Sparse.MatVec_Pullback(pattern, values, cx, product, cy, ref cpuValues, ref cpuX);
        Sparse.MatVec_Pullback(pattern, deviceValues, dx, deviceProduct, dy, ref deviceValuesAdjoint, ref deviceX);
        DeviceAssert.Same(cpuValues!.ToArray(), deviceValuesAdjoint!, backend);
        DeviceAssert.Same(cpuX!.ToArray(), deviceX!, backend);
        cpuValues = cpuX = deviceValuesAdjoint = deviceX = null;
        Sparse.TransposeMatVec_Pullback(pattern, values, cy, transposed, cx, ref cpuValues, ref cpuX);
        Sparse.TransposeMatVec_Pullback(pattern, deviceValues, dy, deviceTransposed, dx, ref deviceValuesAdjoint, ref deviceX);
        DeviceAssert.Same(cpuValues!.ToArray(), deviceValuesAdjoint!, backend);
        DeviceAssert.Same(cpuX!.ToArray(), deviceX!, backend);
        DeviceAssert.Same(Sparse.MatVec_Tangent(pattern, values, values, cx, cx, product)!.ToArray(), Sparse.MatVec_Tangent(pattern, deviceValues, deviceValues, dx, dx, deviceProduct)!, backend);
    }

    public static TheoryData<string, int, int> Grids()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, 3, 4);
            data.Add(name, 1, 3);
            data.Add(name, 2, 1);
            data.Add(name, 1, 1);
            // Beyond 256 unknowns: conjugate gradients' dot products fold in two levels.
            data.Add(name, 19, 17);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void DiffusionMatrixAndSolveWithTheirRulesAsOnTheCpu(string backend, int n, int m)
    {
        const double h = 0.25;
        var pattern = Stencils.DiffusionPattern(n, m);
        var (kappa, b) = (DeviceAssert.Values(5, n * m, 0.5, 2), DeviceAssert.Values(6, n * m));
        var (ck, cb) = (Tensor.FromArray(kappa, n, m), Tensor.FromArray(b));
        var (dk, db) = (BackendCases.On(backend, kappa, n, m), BackendCases.On(backend, b, n * m));
        var values = Stencils.DiffusionMatrix(ck, h);
        var deviceValues = Stencils.DiffusionMatrix(dk, h);
        DeviceAssert.Same(values.ToArray(), deviceValues, backend);
        var g = DeviceAssert.Values(7, pattern.Count);
        Tensor? cpu = null, device = null;
        Stencils.DiffusionMatrix_Pullback(ck, h, values, Tensor.FromArray(g), ref cpu);
        Stencils.DiffusionMatrix_Pullback(dk, h, deviceValues, BackendCases.On(backend, g, g.Length), ref device);
        DeviceAssert.Same(cpu!.ToArray(), device!, backend);

        var solution = Sparse.Solve(pattern, values, cb);
        var deviceSolution = Sparse.Solve(pattern, deviceValues, db);
        DeviceAssert.Same(solution.ToArray(), deviceSolution, backend);
        Tensor? cpuValues = null, cpuB = null, deviceValuesAdjoint = null, deviceB = null;
        Sparse.Solve_Pullback(pattern, values, cb, solution, cb, ref cpuValues, ref cpuB);
        Sparse.Solve_Pullback(pattern, deviceValues, db, deviceSolution, db, ref deviceValuesAdjoint, ref deviceB);
        DeviceAssert.Same(cpuValues!.ToArray(), deviceValuesAdjoint!, backend);
        DeviceAssert.Same(cpuB!.ToArray(), deviceB!, backend);
        DeviceAssert.Same(Sparse.Solve_Tangent(pattern, values, values, cb, cb, solution)!.ToArray(),
            Sparse.Solve_Tangent(pattern, deviceValues, deviceValues, db, db, deviceSolution)!, backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void DerivativesOnTheBackendMatchFiniteDifferences(string backend)
    {
        var on = BackendCases.Of(backend);
        var pattern = Rectangular();
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(8, pattern.Count), [pattern.Count]), (DeviceAssert.Values(9, 5), [5])],
            x => Sparse.MatVec(pattern, x[0], x[1]),
            (x, result, seed) =>
            {
                Tensor? dValues = null, dX = null;
                Sparse.MatVec_Pullback(pattern, x[0], x[1], result, seed, ref dValues, ref dX);
                return [dValues, dX];
            },
            (x, v, result) => Sparse.MatVec_Tangent(pattern, x[0], v[0], x[1], v[1], result));
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(10, pattern.Count), [pattern.Count]), (DeviceAssert.Values(11, 4), [4])],
            x => Sparse.TransposeMatVec(pattern, x[0], x[1]),
            (x, result, seed) =>
            {
                Tensor? dValues = null, dX = null;
                Sparse.TransposeMatVec_Pullback(pattern, x[0], x[1], result, seed, ref dValues, ref dX);
                return [dValues, dX];
            },
            (x, v, result) => Sparse.TransposeMatVec_Tangent(pattern, x[0], v[0], x[1], v[1], result));
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(12, pattern.PairCount), [pattern.PairCount])],
            x => Sparse.Assemble(pattern, x[0]),
            (x, result, seed) =>
            {
                Tensor? dValues = null;
                Sparse.Assemble_Pullback(pattern, x[0], result, seed, ref dValues);
                return [dValues];
            },
            (x, v, result) => Sparse.Assemble_Tangent(pattern, x[0], v[0], result));
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(13, 12, 0.5, 2), [3, 4])],
            x => Stencils.DiffusionMatrix(x[0], 0.5),
            (x, result, seed) =>
            {
                Tensor? dKappa = null;
                Stencils.DiffusionMatrix_Pullback(x[0], 0.5, result, seed, ref dKappa);
                return [dKappa];
            },
            (x, v, result) => Stencils.DiffusionMatrix_Tangent(x[0], v[0], 0.5, result));
        var grid = Stencils.DiffusionPattern(3, 4);
        var spd = Stencils.DiffusionMatrix(Tensor.FromArray(DeviceAssert.Values(14, 12, 0.5, 2), 3, 4), 0.5).ToArray();
        DeviceGradientCheck.Passes(on, [(spd, [grid.Count]), (DeviceAssert.Values(15, 12), [12])],
            x => Sparse.Solve(grid, x[0], x[1]),
            (x, result, seed) =>
            {
                Tensor? dValues = null, dB = null;
                Sparse.Solve_Pullback(grid, x[0], x[1], result, seed, ref dValues, ref dB);
                return [dValues, dB];
            },
            (x, v, result) => Sparse.Solve_Tangent(grid, x[0], v[0], x[1], v[1], result), tolerance: 1e-6);
    }

    [Theory]
    [MemberData(nameof(Ranks))]
    public void DistributedPoissonOnTheBackendIsTheCpuBackends(string backend, int ranks)
    {
        var on = BackendCases.Of(backend);
        var (gridRows, gridColumns) = ranks == 4 ? (2, 2) : (1, ranks);
        const double h = 0.2;
        LocalCommunicator.Run(ranks, comm =>
        {
            var (kappa, f, seed) = (DeviceAssert.Values(20 + comm.Rank, 6, 0.5, 2), DeviceAssert.Values(30 + comm.Rank, 6), DeviceAssert.Values(40 + comm.Rank, 6));
            var (ck, cf, cs) = (Tensor.FromArray(kappa, 2, 3), Tensor.FromArray(f, 2, 3), Tensor.FromArray(seed, 2, 3));
            var (dk, df, ds) = (ck.To(on), cf.To(on), cs.To(on));
            var log = new PoissonSolveLog { Tolerance = 1e-13 };
            var u = DistributedPoisson.Solve(ck, cf, h, gridRows, gridColumns, comm, log);
            var du = DistributedPoisson.Solve(dk, df, h, gridRows, gridColumns, comm, log);
            DeviceAssert.Same(u.ToArray(), du, backend);
            Tensor? cpuKappa = null, cpuF = null, deviceKappa = null, deviceF = null;
            DistributedPoisson.Solve_Pullback(ck, cf, h, gridRows, gridColumns, comm, log, u, cs, ref cpuKappa, ref cpuF);
            DistributedPoisson.Solve_Pullback(dk, df, h, gridRows, gridColumns, comm, log, du, ds, ref deviceKappa, ref deviceF);
            DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend);
            DeviceAssert.Same(cpuF!.ToArray(), deviceF!, backend);
            var tangent = DistributedPoisson.Solve_Tangent(ck, cs, cf, cs, h, gridRows, gridColumns, comm, log, u)!;
            var deviceTangent = DistributedPoisson.Solve_Tangent(dk, ds, df, ds, h, gridRows, gridColumns, comm, log, du)!;
            DeviceAssert.Same(tangent.ToArray(), deviceTangent, backend);
        });
    }

    public static TheoryData<string, int> Ranks()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in BackendCases.All)
        {
            for (var ranks = 1; ranks <= 4; ranks++) data.Add(name, ranks);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ShapeErrorsAreTheCpuBackendsErrors(string backend)
    {
        var on = BackendCases.Of(backend);
        var pattern = Rectangular();
        void Same(Func<Tensor, Tensor, Tensor> operation, Tensor a, Tensor b)
        {
            var cpu = Assert.Throws<TensorShapeException>(() => operation(a, b));
            Assert.Equal(cpu.Message, Assert.Throws<TensorShapeException>(() => operation(a.To(on), b.To(on))).Message);
        }
        Same((v, x) => Sparse.MatVec(pattern, v, x), Tensor.Zeros(pattern.Count), Tensor.Zeros(4));
        Same((v, x) => Sparse.TransposeMatVec(pattern, v, x), Tensor.Zeros(pattern.Count + 1), Tensor.Zeros(4));
        Same((v, _) => Sparse.Assemble(pattern, v), Tensor.Zeros(pattern.Count), Tensor.Zeros(1));
        Same((v, b) => Sparse.Solve(pattern, v, b), Tensor.Zeros(pattern.Count), Tensor.Zeros(4));
        Same((k, _) => Stencils.DiffusionMatrix(k, 1), Tensor.Zeros(4), Tensor.Zeros(1));
        var mixed = Assert.Throws<TensorBackendException>(() => Sparse.MatVec(pattern, Tensor.Zeros(pattern.Count).To(on), Tensor.Zeros(5)));
        Assert.Contains("Sparse.MatVec", mixed.Message);
    }
}
