namespace Adcme;

/// <summary>The host backend: a tensor's elements are a pooled .NET array (<see cref="TensorPool"/>), and its
/// operations run through System.Numerics.Tensors and the generator's vector kernels.</summary>
internal sealed class CpuBackend : Backend
{
    internal static readonly CpuBackend Instance = new();

    private CpuBackend()
    {
    }

    public override string Name => "cpu";

    public override bool IsDevice => false;

    internal override Tensor Allocate(int length, int[] shape) => new(TensorPool.Rent(length), shape);

    internal override Tensor Upload(ReadOnlySpan<double> values, int[] shape)
    {
        var data = TensorPool.Rent(values.Length);
        values.CopyTo(data);
        return new Tensor(data, shape);
    }
}
