namespace Adcme;

/// <summary>
/// Visible lifetimes for device tensors (as TorchSharp's DisposeScope): every tensor made on a GPU backend on this
/// thread while the scope is open is disposed when the scope is, except those given to <see cref="Keep"/> — so a
/// gradient loop over device tensors gives its temporaries' device memory back each iteration instead of waiting for
/// the garbage collector. Scopes nest (a tensor belongs to the innermost); tensors on the CPU backend are not tracked
/// (the host pool and the garbage collector look after them).
/// <code>
/// using (var scope = TensorScope.Begin())
/// {
///     var loss = Model.Loss_Gradient(theta, out var gradient);
///     scope.Keep(gradient);
/// }
/// </code>
/// </summary>
public sealed class TensorScope : IDisposable
{
    [ThreadStatic] private static TensorScope? t_current;

    private readonly TensorScope? _outer;
    private readonly List<Tensor> _tensors = [];
    private readonly HashSet<Tensor> _kept = new(ReferenceEqualityComparer.Instance);
    private bool _disposed;

    private TensorScope(TensorScope? outer) => _outer = outer;

    /// <summary>Opens a scope on this thread.</summary>
    public static TensorScope Begin() => t_current = new TensorScope(t_current);

    /// <summary>How many device tensors the scope will dispose.</summary>
    public int Count => _tensors.Count - _kept.Count;

    /// <summary>Keeps <paramref name="tensor"/> alive past this scope (it moves to the enclosing scope, if any).
    /// Returns it.</summary>
    public Tensor Keep(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_kept.Add(tensor)) _outer?._tensors.Add(tensor);
        return tensor;
    }

    /// <summary>Disposes every tracked tensor not kept, and closes the scope.</summary>
    /// <exception cref="InvalidOperationException">An inner scope on this thread is still open, or this scope
    /// belongs to another thread.</exception>
    public void Dispose()
    {
        if (_disposed) return;
        if (!ReferenceEquals(t_current, this))
        {
            throw new InvalidOperationException("TensorScope.Dispose: scopes close in the reverse order they were opened, on the thread that opened them.");
        }
        _disposed = true;
        t_current = _outer;
        foreach (var tensor in _tensors)
        {
            if (!_kept.Contains(tensor)) tensor.Dispose();
        }
        _tensors.Clear();
    }

    /// <summary>Called for every device tensor made: the innermost open scope on this thread takes it.</summary>
    internal static void Track(Tensor tensor) => t_current?._tensors.Add(tensor);
}
