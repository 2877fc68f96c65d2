using System.Diagnostics;

namespace Adcme;

/// <summary>Which solve of <see cref="DistributedPoisson.Solve"/> a <see cref="PoissonSolveRecord"/> describes.</summary>
public enum PoissonSolveKind
{
    /// <summary>The primitive itself: A(κ)u = f.</summary>
    Forward,

    /// <summary>Its reverse rule: A(κ)λ = ū (A is symmetric).</summary>
    Adjoint,

    /// <summary>Its forward rule: A(κ)u̇ = ḟ − (∂A/∂κ·κ̇)u.</summary>
    Tangent,
}

/// <summary>The preconditioner of <see cref="DistributedPoisson.Solve"/>'s conjugate gradients, local to each rank.</summary>
public enum PoissonPreconditioner
{
    /// <summary><see cref="Direct"/> when every patch has at most <see cref="PoissonSolveLog.MaxDirectPatchNodes"/>
    /// nodes and the interface (the nodes on patch sides shared between ranks) at most
    /// <see cref="PoissonSolveLog.MaxDirectInterfaceNodes"/>, else <see cref="Jacobi"/>.</summary>
    Automatic,

    /// <summary>A's diagonal: nothing to set up, O(√N) iterations for N nodes.</summary>
    Jacobi,

    /// <summary>Block Jacobi: A's block on this rank's patch, solved exactly through its sparse Cholesky factor
    /// (nested-dissection order), factored once per κ and reused by the adjoint and tangent solves; no communication
    /// beyond CG's own, but the iterations grow with the number of patches. On one rank it is <see cref="Direct"/>.</summary>
    LocalCholesky,

    /// <summary>A itself, solved exactly by substructuring: each patch factored by sparse Cholesky with the nodes it
    /// shares with other ranks (the interface) last, and the interface's dense Schur complement summed over ranks and
    /// factored on every rank — so CG converges in one iteration. Built once per κ (O(N^1.5) per patch of N nodes,
    /// O(G³) for an interface of G nodes, O(G²) memory per rank) and reused by the adjoint and tangent solves, which
    /// then cost two triangular sweeps and one sum of G numbers over ranks.</summary>
    Direct,
}

/// <summary>One conjugate-gradient solve on this rank: which one, how many iterations it took (the same on every
/// rank: the residual norm is a global reduction), the relative residual ‖r‖/‖b‖ it stopped at (global), and the
/// wall-clock time this rank spent in it.</summary>
/// <param name="Kind">forward, adjoint or tangent solve.</param>
/// <param name="Iterations">conjugate-gradient iterations (0 when the right-hand side is zero).</param>
/// <param name="RelativeResidual">‖r‖₂/‖b‖₂ over the whole grid when it stopped (0 for a zero right-hand side).</param>
/// <param name="Elapsed">this rank's time in the solve, the preconditioner's set-up included.</param>
public sealed record PoissonSolveRecord(PoissonSolveKind Kind, int Iterations, double RelativeResidual, TimeSpan Elapsed)
{
    /// <summary>The part of <see cref="Elapsed"/> spent factoring the patch for
    /// <see cref="PoissonPreconditioner.LocalCholesky"/>: zero when the solve reused the factor an earlier solve with
    /// the same κ built (the adjoint and tangent solves after a forward solve), and for Jacobi.</summary>
    public TimeSpan Setup { get; init; }

    /// <summary>The preconditioner the solve used (what <see cref="PoissonPreconditioner.Automatic"/> resolved to).</summary>
    public PoissonPreconditioner Preconditioner { get; init; }
}

/// <summary>
/// The settings of <see cref="DistributedPoisson.Solve"/> and the record of its solves on one rank: every forward,
/// adjoint (pullback) and tangent solve appends a <see cref="PoissonSolveRecord"/>. Give each rank its own log
/// (it is safe to share one between in-process ranks, but then it holds every rank's records). Every rank must use
/// the same <see cref="Tolerance"/> and <see cref="MaxIterations"/>.
/// </summary>
public sealed class PoissonSolveLog
{
    private readonly List<PoissonSolveRecord> _solves = [];
    private readonly Lock _gate = new();
    private double _tolerance = 1e-10;
    private int _maxIterations;
    private PoissonPreconditioner _preconditioner;
    private long _maxDirectPatchNodes = 1024 * 1024;
    private int _maxDirectInterfaceNodes = 2048;

    /// <summary>The relative residual ‖b − Ax‖₂/‖b‖₂ (norms over the whole grid) each conjugate-gradient solve
    /// stops at; 1e-10 unless set. Must be positive and finite.</summary>
    public double Tolerance
    {
        get => _tolerance;
        set
        {
            if (!(value > 0) || !double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "PoissonSolveLog.Tolerance must be positive and finite.");
            _tolerance = value;
        }
    }

    /// <summary>The most iterations a solve may take before it throws; 0 (the default) means 1000 + 20·√N for N
    /// nodes on the whole grid (Jacobi-preconditioned CG on this operator needs O(√N)).</summary>
    public int MaxIterations
    {
        get => _maxIterations;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxIterations = value;
        }
    }

    /// <summary>The most nodes a patch may have for <see cref="PoissonPreconditioner.Automatic"/> to choose
    /// <see cref="PoissonPreconditioner.Direct"/>: 1024 × 1024 unless set (its factor then takes about 1 GB).</summary>
    public long MaxDirectPatchNodes
    {
        get => _maxDirectPatchNodes;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxDirectPatchNodes = value;
        }
    }

    /// <summary>The most interface nodes (nodes on patch sides shared between ranks, over the whole grid) for
    /// <see cref="PoissonPreconditioner.Automatic"/> to choose <see cref="PoissonPreconditioner.Direct"/>: 2048 unless
    /// set (a 1024² grid on 2 ranks has 2048; the interface system is dense, G² numbers on every rank).</summary>
    public int MaxDirectInterfaceNodes
    {
        get => _maxDirectInterfaceNodes;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxDirectInterfaceNodes = value;
        }
    }

    /// <summary>The preconditioner; <see cref="PoissonPreconditioner.Automatic"/> unless set. It takes effect at the
    /// next solve; every rank should use the same.</summary>
    public PoissonPreconditioner Preconditioner
    {
        get => _preconditioner;
        set
        {
            if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "PoissonSolveLog.Preconditioner must be Automatic, Jacobi, LocalCholesky or Direct.");
            _preconditioner = value;
        }
    }

    /// <summary>Every solve recorded so far, in order.</summary>
    public IReadOnlyList<PoissonSolveRecord> Solves
    {
        get { lock (_gate) return _solves.ToArray(); }
    }

    /// <summary>The iteration counts of the forward solves, in order.</summary>
    public IReadOnlyList<int> ForwardIterations => Iterations(PoissonSolveKind.Forward);

    /// <summary>The iteration counts of the adjoint (pullback) solves, in order.</summary>
    public IReadOnlyList<int> AdjointIterations => Iterations(PoissonSolveKind.Adjoint);

    /// <summary>The iteration counts of the tangent solves, in order.</summary>
    public IReadOnlyList<int> TangentIterations => Iterations(PoissonSolveKind.Tangent);

    /// <summary>Forgets the records (the settings stay).</summary>
    public void Clear()
    {
        lock (_gate) _solves.Clear();
    }

    /// <summary>A one-line summary: solves of each kind, their iterations and time.</summary>
    public override string ToString()
    {
        var solves = Solves;
        var parts = Enum.GetValues<PoissonSolveKind>()
            .Select(kind => (Kind: kind, Runs: solves.Where(s => s.Kind == kind).ToArray()))
            .Where(k => k.Runs.Length > 0)
            .Select(k => FormattableString.Invariant(
                $"{k.Kind.ToString().ToLowerInvariant()}: {k.Runs.Length} solve(s), {k.Runs.Sum(s => s.Iterations)} iterations, {k.Runs.Sum(s => s.Elapsed.TotalMilliseconds):F1} ms"));
        var text = string.Join("; ", parts);
        return text.Length == 0 ? "no solves" : text;
    }

    private int[] Iterations(PoissonSolveKind kind)
    {
        lock (_gate) return _solves.Where(s => s.Kind == kind).Select(s => s.Iterations).ToArray();
    }

    internal void Add(PoissonSolveKind kind, int iterations, double residual, long startTimestamp, TimeSpan setup, PoissonPreconditioner preconditioner)
    {
        var record = new PoissonSolveRecord(kind, iterations, residual, Stopwatch.GetElapsedTime(startTimestamp)) { Setup = setup, Preconditioner = preconditioner };
        lock (_gate) _solves.Add(record);
    }
}
