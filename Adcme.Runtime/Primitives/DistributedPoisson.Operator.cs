namespace Adcme;

/// <summary>
/// The operator A(κ) of <see cref="DistributedPoisson.Solve"/> on one rank's n×m patch: the face coefficients
/// (κ averaged over the face's two nodes, or κ at the interior node on the domain boundary, divided by h²) and the
/// diagonal. Vectors it multiplies live in a padded layout, [n + 2, m + 2], whose border holds the neighbours'
/// values (0 on the domain boundary). Immutable once built, so forward, tangent and pullback may share it.
/// </summary>
internal sealed class PoissonPatchOperator
{
    private PoissonPatchOperator(int rows, int columns, double h, int gridRows, int gridColumns, Communicator comm)
    {
        (Rows, Columns, H, GridRows, GridColumns, Comm) = (rows, columns, h, gridRows, gridColumns, comm);
        var (row, column) = (comm.Rank / gridColumns, comm.Rank % gridColumns);
        (Top, Bottom, Left, Right) = (row == 0, row == gridRows - 1, column == 0, column == gridColumns - 1);
        Horizontal = new double[rows * (columns + 1)];
        Vertical = new double[(rows + 1) * columns];
        Diagonal = new double[rows * columns];
        InverseDiagonal = new double[rows * columns];
    }

    public int Rows { get; }
    public int Columns { get; }
    public double H { get; }
    public int GridRows { get; }
    public int GridColumns { get; }
    public Communicator Comm { get; }

    /// <summary>Whether this patch's top, bottom, left, right side is on the domain boundary.</summary>
    public bool Top { get; }
    public bool Bottom { get; }
    public bool Left { get; }
    public bool Right { get; }

    /// <summary>Faces between columns j − 1 and j of row i, j = 0…m (0 and m: the patch's left and right sides), / h².</summary>
    public double[] Horizontal { get; }

    /// <summary>Faces between rows i − 1 and i of column j, i = 0…n (0 and n: the patch's top and bottom), / h².</summary>
    public double[] Vertical { get; }

    /// <summary>The sum of each node's four faces: A's diagonal, the Jacobi preconditioner's inverse.</summary>
    public double[] Diagonal { get; }

    public double[] InverseDiagonal { get; }

    private readonly Lock _setupGate = new();
    private PreconditionerSetup? _setup;

    /// <summary>
    /// The preconditioner the log asks for, built on first use and kept for the next solves with this κ (the time it
    /// took in <paramref name="setupTime"/>, zero when it was already built). Collective on more than one rank for
    /// <see cref="PoissonPreconditioner.Automatic"/> and <see cref="PoissonPreconditioner.Direct"/>: one sum of the
    /// interface sizes decides, one sum agrees that every patch factored, and the interface system is summed.
    /// </summary>
    public PreconditionerSetup Setup(PoissonSolveLog log, out TimeSpan setupTime)
    {
        var request = (log.Preconditioner, log.MaxDirectPatchNodes, log.MaxDirectInterfaceNodes);
        lock (_setupGate)
        {
            setupTime = TimeSpan.Zero;
            if (_setup is { } built && built.Requested == request) return built;
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            _setup = BuildSetup(request);
            setupTime = System.Diagnostics.Stopwatch.GetElapsedTime(start);
            return _setup;
        }
    }

    private PreconditionerSetup BuildSetup((PoissonPreconditioner Kind, long MaxPatch, int MaxInterface) request)
    {
        var requested = request.Kind;
        var patchTooLarge = (long)Rows * Columns > request.MaxPatch;
        switch (requested)
        {
            case PoissonPreconditioner.Jacobi:
                return new PreconditionerSetup(request, PoissonPreconditioner.Jacobi, null, null, false);
            case PoissonPreconditioner.LocalCholesky:
            {
                var factor = PatchCholesky.Factor(this);
                return new PreconditionerSetup(request, PoissonPreconditioner.LocalCholesky, factor, null, factor is null);
            }
        }
        if (Comm.Size == 1)
        {
            if (requested == PoissonPreconditioner.Automatic && patchTooLarge) return new PreconditionerSetup(request, PoissonPreconditioner.Jacobi, null, null, false);
            var factor = PatchCholesky.Factor(this);
            return new PreconditionerSetup(request, PoissonPreconditioner.Direct, factor, null, factor is null);
        }
        // Every rank's interface size, and whether any patch is too large to factor automatically.
        var size = Comm.Size;
        var local = Tensor.Allocate(out var values, size + 1);
        values.Clear();
        values[Comm.Rank] = InterfaceSystem.CountOf(this);
        values[size] = patchTooLarge ? 1 : 0;
        using var sums = Comm.AllreduceSum(local);
        local.Dispose();
        var counts = sums.Span[..size].ToArray();
        var total = counts.Sum();
        if (requested == PoissonPreconditioner.Automatic && (sums.Span[size] > 0 || total > request.MaxInterface))
        {
            return new PreconditionerSetup(request, PoissonPreconditioner.Jacobi, null, null, false);
        }
        var patchFactor = PatchCholesky.Factor(this, interfaceLast: true);
        var failures = Comm.AllreduceSum(patchFactor is null ? 1.0 : 0.0);
        if (failures > 0) return new PreconditionerSetup(request, PoissonPreconditioner.Direct, null, null, true);
        var system = InterfaceSystem.Build(this, patchFactor!, counts);
        return new PreconditionerSetup(request, PoissonPreconditioner.Direct, patchFactor, system, system is null);
    }

    /// <summary>The number of padded values, (n + 2)·(m + 2).</summary>
    public int PaddedLength => (Rows + 2) * (Columns + 2);

    /// <summary>Whether this operator serves a call with these arguments: the same h and process grid, and the same
    /// communicator — or, on one rank, any one-rank communicator (<see cref="Communicator.Single"/> makes a new one
    /// each time it is read, and a one-rank operator never communicates).</summary>
    public bool Matches(double h, int gridRows, int gridColumns, Communicator comm)
        => H.Equals(h) && GridRows == gridRows && GridColumns == gridColumns
            && (ReferenceEquals(Comm, comm) || (Comm.Size == 1 && comm.Size == 1));

    /// <summary>Builds A(κ) from this rank's κ: one halo exchange of κ (on more than one rank), one pass.</summary>
    public static PoissonPatchOperator Build(ReadOnlySpan<double> kappa, int rows, int columns, double h, int gridRows, int gridColumns, Communicator comm)
    {
        var op = new PoissonPatchOperator(rows, columns, h, gridRows, gridColumns, comm);
        var padded = op.Pad(kappa);
        try
        {
            op.SetFaces(padded);
        }
        finally
        {
            TensorPool.Return(padded);
        }
        return op;
    }

    private void SetFaces(double[] k)
    {
        int n = Rows, m = Columns, width = m + 2;
        var scale = 1 / (H * H);
        for (var i = 0; i < n; i++)
        {
            var row = (i + 1) * width;
            for (var j = 0; j <= m; j++)
            {
                double face;
                if (j == 0 && Left) face = k[row + 1];
                else if (j == m && Right) face = k[row + m];
                else face = 0.5 * (k[row + j] + k[row + j + 1]);
                Horizontal[i * (m + 1) + j] = face * scale;
            }
        }
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                double face;
                if (i == 0 && Top) face = k[width + j + 1];
                else if (i == n && Bottom) face = k[n * width + j + 1];
                else face = 0.5 * (k[i * width + j + 1] + k[(i + 1) * width + j + 1]);
                Vertical[i * m + j] = face * scale;
            }
        }
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var c = i * m + j;
                var d = Horizontal[i * (m + 1) + j] + Horizontal[i * (m + 1) + j + 1] + Vertical[c] + Vertical[c + m];
                Diagonal[c] = d;
                InverseDiagonal[c] = 1 / d;
            }
        }
    }

    /// <summary>A pooled padded copy of a patch vector with its halo filled: <see cref="FillHalo"/>.</summary>
    public double[] Pad(ReadOnlySpan<double> block)
    {
        int m = Columns, width = m + 2;
        var padded = TensorPool.RentZeroed(PaddedLength);
        for (var i = 0; i < Rows; i++) block.Slice(i * m, m).CopyTo(padded.AsSpan((i + 1) * width + 1, m));
        FillHalo(padded);
        return padded;
    }

    /// <summary>Fills the border of a padded vector with the neighbours' edge values through one
    /// <see cref="Communicator.HaloExchange(Tensor, int, int, int, double)"/> (fill 0: the domain boundary); on a
    /// single rank the border is all domain boundary and is set to 0 without communicating. Corners are not used.</summary>
    public void FillHalo(double[] padded)
    {
        int n = Rows, m = Columns, width = m + 2;
        if (Comm.Size == 1)
        {
            padded.AsSpan(0, width).Clear();
            padded.AsSpan((n + 1) * width, width).Clear();
            for (var i = 1; i <= n; i++) padded[i * width] = padded[i * width + m + 1] = 0;
            return;
        }
        var block = Tensor.Allocate(out var interior, n, m);
        Tensor? exchanged = null;
        try
        {
            for (var i = 0; i < n; i++) padded.AsSpan((i + 1) * width + 1, m).CopyTo(interior.Slice(i * m, m));
            exchanged = Comm.HaloExchange(block, GridRows, GridColumns, 1, 0.0);
            var e = exchanged.Data;
            e.AsSpan(0, width).CopyTo(padded);
            e.AsSpan((n + 1) * width, width).CopyTo(padded.AsSpan((n + 1) * width));
            for (var i = 1; i <= n; i++)
            {
                padded[i * width] = e[i * width];
                padded[i * width + m + 1] = e[i * width + m + 1];
            }
        }
        finally
        {
            block.Dispose();
            exchanged?.Dispose();
        }
    }

    /// <summary>y = A·x for a padded x whose halo is filled.</summary>
    public void Apply(double[] x, Span<double> y)
    {
        int n = Rows, m = Columns, width = m + 2;
        var horizontal = Horizontal;
        var vertical = Vertical;
        var diagonal = Diagonal;
        for (var i = 0; i < n; i++)
        {
            var p = (i + 1) * width + 1;
            var hf = i * (m + 1);
            var c = i * m;
            for (var j = 0; j < m; j++, p++, hf++, c++)
            {
                y[c] = diagonal[c] * x[p]
                    - horizontal[hf] * x[p - 1] - horizontal[hf + 1] * x[p + 1]
                    - vertical[c] * x[p - width] - vertical[c + m] * x[p + width];
            }
        }
    }

    /// <summary>
    /// −λᵀ(∂A/∂κ)u at each node of this patch, for padded λ and u with filled halos. A face between nodes a and b
    /// contributes (λₐ − λ_b)(uₐ − u_b)/h² to λᵀAu and averages κₐ and κ_b, so each of its nodes gets half; a face on
    /// the domain boundary takes κ at its one node, which gets all of λ_c·u_c/h². A face across a patch boundary is
    /// seen by both ranks, with both nodes' values (one from the halo): each rank adds the half of its own node, and
    /// the neighbour's half is added by the neighbour, so nothing needs to be sent back.
    /// </summary>
    public void KappaAdjoint(double[] lambda, double[] u, Span<double> dKappa)
    {
        int n = Rows, m = Columns, width = m + 2;
        var scale = 1 / (H * H);
        for (var i = 0; i < n; i++)
        {
            var up = i == 0 && Top ? 1.0 : 0.5;
            var down = i == n - 1 && Bottom ? 1.0 : 0.5;
            for (var j = 0; j < m; j++)
            {
                var left = j == 0 && Left ? 1.0 : 0.5;
                var right = j == m - 1 && Right ? 1.0 : 0.5;
                var p = (i + 1) * width + j + 1;
                double l = lambda[p], v = u[p];
                var sum = up * (l - lambda[p - width]) * (v - u[p - width])
                    + down * (l - lambda[p + width]) * (v - u[p + width])
                    + left * (l - lambda[p - 1]) * (v - u[p - 1])
                    + right * (l - lambda[p + 1]) * (v - u[p + 1]);
                dKappa[i * m + j] = -sum * scale;
            }
        }
    }
}

/// <summary>What a patch operator's solves precondition with: <see cref="Kind"/> is what
/// <see cref="Requested"/> (the log's preconditioner and limits) resolved to; <see cref="Failed"/> when a factorization met a non-positive pivot (for
/// <see cref="PoissonPreconditioner.Direct"/> the same on every rank, for
/// <see cref="PoissonPreconditioner.LocalCholesky"/> this rank's patch only).</summary>
internal sealed record PreconditionerSetup((PoissonPreconditioner Kind, long MaxPatch, int MaxInterface) Requested, PoissonPreconditioner Kind, PatchCholesky? Factor,
    InterfaceSystem? Interface, bool Failed);
