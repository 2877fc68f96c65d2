using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Adcme;

/// <summary>
/// The variable-coefficient Poisson problem −∇·(κ∇u) = f on a grid split into patches over a process grid, solved
/// by a distributed conjugate gradient, differentiable in κ and f: the reverse rule is one more solve with the same
/// operator (the operator is symmetric), the forward rule one more solve too. See docs/distributed-solve.md.
/// </summary>
public static partial class DistributedPoisson
{
    // The operator built for a κ tensor (tensors are immutable, so the reference is the key), for the pullback and
    // the tangent to reuse; checked against h, the grid and the communicator.
    private static readonly ConditionalWeakTable<Tensor, PoissonPatchOperator> Operators = new();

    /// <summary>
    /// Solves A(κ)u = f for this rank's patch u of the global solution, where A(κ)u = −∇·(κ∇u) discretized by the
    /// 5-point variable-coefficient stencil of <see cref="Stencils.Diffusion"/> — κ at the nodes, face values
    /// (κᵢ + κᵢ₊₁)/2, κ at the interior node on a boundary face, u = 0 outside the grid (zero Dirichlet boundary):
    /// (A(κ)u)_c = Σ_faces κ_face·(u_c − u_neighbour)/h². On one rank (a 1 × 1 grid), A(κ)u = −Stencils.Diffusion(κ, u, h).
    /// Note the sign: with f &gt; 0 and κ &gt; 0, u &gt; 0 (A is symmetric positive definite).
    /// </summary>
    /// <remarks>
    /// <para>The global grid is split into <paramref name="gridRows"/> × <paramref name="gridColumns"/> patches,
    /// rank r at grid row r / gridColumns, column r % gridColumns (as
    /// <see cref="Communicator.HaloExchange(Tensor, int, int, int, double)"/> places it); patches may differ in size as
    /// long as left/right neighbours have the same height and up/down neighbours the same width.</para>
    /// <para>Jacobi-preconditioned conjugate gradients to the relative residual <see cref="PoissonSolveLog.Tolerance"/>
    /// (norms over the whole grid), at most <see cref="PoissonSolveLog.MaxIterations"/> iterations; each solve is
    /// recorded in <paramref name="log"/>. Communication: a reduction to agree on the cached operator, one halo exchange
    /// of κ when it is built, then per iteration one halo exchange and two sum reductions (rank-ordered, so the results
    /// are deterministic), the same sequence on every rank. It is an ordered primitive: its pullback solves A λ = ū
    /// (one more solve) and adds λ into f̄ and −λᵀ(∂A/∂κ)u into κ̄; its tangent solves A u̇ = ḟ − (∂A/∂κ·κ̇)u.</para>
    /// </remarks>
    /// <param name="kappa">κ on this rank's patch, [n, m], positive.</param>
    /// <param name="f">the right-hand side on this rank's patch, [n, m].</param>
    /// <param name="h">the grid spacing.</param>
    /// <param name="gridRows">the process grid's number of rows.</param>
    /// <param name="gridColumns">the process grid's number of columns; gridRows × gridColumns = comm.Size.</param>
    /// <param name="comm">the communicator of the ranks that share the grid.</param>
    /// <param name="log">the settings (tolerance, iteration limit) and the record of the solves, one per rank.</param>
    /// <returns>u on this rank's patch, [n, m].</returns>
    /// <exception cref="TensorShapeException">κ or f is not 2-D, or their shapes differ.</exception>
    /// <exception cref="ArgumentException">the grid does not have comm.Size ranks; h is not positive; κ gives a
    /// non-positive diagonal; NaN or ∞ in κ or f.</exception>
    /// <exception cref="CommunicatorException">neighbouring patches do not fit.</exception>
    /// <exception cref="InvalidOperationException">conjugate gradients did not converge (the message names the rank,
    /// the iterations and the residual reached) or the operator is not positive definite; every rank throws.</exception>
    [Primitive(nameof(Solve_Pullback), nameof(Solve_Tangent), Ordered = true)]
    public static Tensor Solve(Tensor kappa, Tensor f, [NoDerivative] double h, int gridRows, int gridColumns,
        [NoDerivative] Communicator comm, [NoDerivative] PoissonSolveLog log)
    {
        Validate(kappa, f, h, gridRows, gridColumns, comm, log);
        var backend = BackendOf("DistributedPoisson.Solve", kappa, f);
        var op = Obtain(kappa, h, gridRows, gridColumns, comm);
        return Placed(new Tensor(ConjugateGradient(op, HostValues(f), PoissonSolveKind.Forward, log), f.ShapeArray), backend);
    }

    /// <summary>Reverse rule of <see cref="Solve"/>: λ = A⁻¹ū by one more solve (A is symmetric), f̄ += λ,
    /// κ̄ += −λᵀ(∂A/∂κ)u face by face (two halo exchanges, of λ and u). The κ̄ of a face across a patch boundary is
    /// computed by both ranks, each keeping its own node's half.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Solve_Pullback(Tensor kappa, Tensor f, double h, int gridRows, int gridColumns, Communicator comm, PoissonSolveLog log,
        Tensor result, Tensor seed, ref Tensor? dKappa, ref Tensor? dF)
    {
        Validate(kappa, f, h, gridRows, gridColumns, comm, log);
        Tensor.RequireSameShape("DistributedPoisson.Solve_Pullback", f, seed);
        Tensor.RequireSameShape("DistributedPoisson.Solve_Pullback", f, result);
        var backend = BackendOf("DistributedPoisson.Solve_Pullback", kappa, f, seed, result);
        var op = Obtain(kappa, h, gridRows, gridColumns, comm);
        var lambda = ConjugateGradient(op, HostValues(seed), PoissonSolveKind.Adjoint, log);
        var paddedLambda = op.Pad(lambda);
        var paddedU = op.Pad(HostValues(result));
        var contribution = Tensor.Allocate(out var dk, op.Rows, op.Columns);
        op.KappaAdjoint(paddedLambda, paddedU, dk);
        TensorPool.Return(paddedLambda);
        TensorPool.Return(paddedU);
        if (Adjoints.IsWanted(ref dKappa)) dKappa = Tensor.AddAdjoint(dKappa, Placed(contribution, backend), kappa.ShapeArray);
        else contribution.Dispose();
        if (Adjoints.IsWanted(ref dF)) dF = Tensor.AddAdjoint(dF, Placed(new Tensor(lambda, f.ShapeArray), backend), f.ShapeArray);
        else TensorPool.Return(lambda);
    }

    /// <summary>Forward rule of <see cref="Solve"/>: u̇ = A⁻¹(ḟ − (∂A/∂κ·κ̇)u), one more solve; (∂A/∂κ·κ̇)u is A(κ̇)u,
    /// A being linear in κ. It communicates the same whether or not the tangents are null (null is zero).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Solve_Tangent(Tensor kappa, Tensor? dKappa, Tensor f, Tensor? dF, double h, int gridRows, int gridColumns,
        Communicator comm, PoissonSolveLog log, Tensor result)
    {
        Validate(kappa, f, h, gridRows, gridColumns, comm, log);
        if (dKappa is not null) Tensor.RequireSameShape("DistributedPoisson.Solve_Tangent", kappa, dKappa);
        if (dF is not null) Tensor.RequireSameShape("DistributedPoisson.Solve_Tangent", f, dF);
        var backend = BackendOf("DistributedPoisson.Solve_Tangent", kappa, f, result, dKappa, dF);
        var op = Obtain(kappa, h, gridRows, gridColumns, comm);
        int n = op.Rows, m = op.Columns;
        var rhs = TensorPool.RentZeroed(n * m);
        var product = TensorPool.Rent(n * m);
        var zeros = dKappa is null ? TensorPool.RentZeroed(n * m) : null;
        try
        {
            var perturbation = PoissonPatchOperator.Build(dKappa is null ? zeros : HostValues(dKappa), n, m, h, gridRows, gridColumns, comm);
            var paddedU = op.Pad(HostValues(result));
            perturbation.Apply(paddedU, product);
            TensorPool.Return(paddedU);
            var df = dF is null ? default : HostValues(dF);
            for (var c = 0; c < rhs.Length; c++) rhs[c] = (dF is null ? 0 : df[c]) - product[c];
            return Placed(new Tensor(ConjugateGradient(op, rhs, PoissonSolveKind.Tangent, log), f.ShapeArray), backend);
        }
        finally
        {
            TensorPool.Return(rhs);
            TensorPool.Return(product);
            if (zeros is not null) TensorPool.Return(zeros);
        }
    }

    /// <summary>The operator of κ: the cached one when every rank has it (one reduction decides, so every rank then
    /// communicates the same), else built anew on every rank.</summary>
    private static PoissonPatchOperator Obtain(Tensor kappa, double h, int gridRows, int gridColumns, Communicator comm)
    {
        var hit = Operators.TryGetValue(kappa, out var cached) && cached.Matches(h, gridRows, gridColumns, comm);
        var misses = comm.Size == 1 ? (hit ? 0 : 1) : comm.AllreduceSum(hit ? 0.0 : 1.0);
        if (misses == 0) return cached!;
        var shape = kappa.ShapeArray;
        var op = PoissonPatchOperator.Build(HostValues(kappa), shape[0], shape[1], h, gridRows, gridColumns, comm);
        Operators.AddOrUpdate(kappa, op);
        return op;
    }

    private static void Validate(Tensor kappa, Tensor f, double h, int gridRows, int gridColumns, Communicator comm, PoissonSolveLog log)
    {
        ArgumentNullException.ThrowIfNull(kappa);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(comm);
        ArgumentNullException.ThrowIfNull(log);
        if (kappa.Rank != 2 || f.Rank != 2)
        {
            throw new TensorShapeException(Invariant(
                $"DistributedPoisson.Solve (rank {comm.Rank} of {comm.Size}): κ and f must be 2-D patches [n, m], got {Tensor.Format(kappa.ShapeArray)} and {Tensor.Format(f.ShapeArray)}."));
        }
        Tensor.RequireSameShape("DistributedPoisson.Solve", kappa, f);
        if (!(h > 0) || !double.IsFinite(h))
        {
            throw new ArgumentOutOfRangeException(nameof(h), h, Invariant($"DistributedPoisson.Solve (rank {comm.Rank} of {comm.Size}): h must be positive and finite."));
        }
        if (gridRows < 1 || gridColumns < 1 || (long)gridRows * gridColumns != comm.Size)
        {
            throw new ArgumentException(Invariant(
                $"DistributedPoisson.Solve (rank {comm.Rank} of {comm.Size}): a process grid of {gridRows} × {gridColumns} does not fit {comm.Size} rank(s): gridRows × gridColumns must be {comm.Size}."),
                nameof(gridRows));
        }
    }
}
