namespace Adcme;

public sealed partial class Tensor
{
    /// <summary>A tensor holding a copy of <paramref name="data"/> in the given shape (a vector of the data's
    /// length when no shape is given).</summary>
    public static Tensor FromArray(double[] data, params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (shape.Length == 0) shape = [data.Length];
        var length = CheckedLength("FromArray", shape);
        if (length != data.Length)
        {
            throw new TensorShapeException($"FromArray: {data.Length} values do not fill shape {Format(shape)} ({length} elements).");
        }
        return Backend.Default.Upload(data, (int[])shape.Clone());
    }

    /// <summary>A new tensor whose storage comes from <see cref="TensorPool"/> with unspecified contents, for a
    /// primitive's implementation to fill through <paramref name="data"/> before anything reads the tensor (and
    /// never after: tensors are values).</summary>
    public static Tensor Allocate(out Span<double> data, params int[] shape)
    {
        var storage = TensorPool.Rent(CheckedLength("Allocate", shape));
        data = storage;
        return new Tensor(storage, (int[])shape.Clone());
    }

    /// <summary>A rank-0 tensor holding <paramref name="value"/>.</summary>
    public static Tensor Scalar(double value) => new([value], []);

    /// <summary>A tensor of zeros.</summary>
    public static Tensor Zeros(params int[] shape) => new(TensorPool.RentZeroed(CheckedLength("Zeros", shape)), (int[])shape.Clone());

    /// <summary>A tensor of ones.</summary>
    public static Tensor Ones(params int[] shape) => Full(1.0, shape);

    /// <summary>A tensor with every element equal to <paramref name="value"/>.</summary>
    public static Tensor Full(double value, params int[] shape)
    {
        if (Backend.Default is GpuBackend device) return device.Filled(value, CheckedShape("Full", shape));
        var data = TensorPool.Rent(CheckedLength("Full", shape));
        Array.Fill(data, value);
        return new Tensor(data, (int[])shape.Clone());
    }

    /// <summary>A tensor of the same shape as <paramref name="like"/>, all zeros.</summary>
    public static Tensor ZerosLike(Tensor like) => like.OnDevice
        ? GpuBackend.Of("ZerosLike", like).Filled(0.0, like._shape)
        : new(TensorPool.RentZeroed(like.Length), like._shape);

    /// <summary><paramref name="count"/> evenly spaced values from <paramref name="start"/> to <paramref name="stop"/>, both included.</summary>
    public static Tensor Linspace(double start, double stop, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "Linspace: count must be at least 1.");
        var data = new double[count];
        var step = count == 1 ? 0 : (stop - start) / (count - 1);
        for (var i = 0; i < count; i++) data[i] = start + i * step;
        data[count - 1] = count == 1 ? start : stop;
        return OnDefault(new Tensor(data, [count]));
    }

    /// <summary>Uniform random values in [0, 1), reproducible from <paramref name="seed"/>.</summary>
    public static Tensor Random(int seed, params int[] shape)
    {
        var random = new Random(seed);
        var data = new double[CheckedLength("Random", shape)];
        for (var i = 0; i < data.Length; i++) data[i] = random.NextDouble();
        return OnDefault(new Tensor(data, (int[])shape.Clone()));
    }

    /// <summary>Standard normal random values (Box–Muller), reproducible from <paramref name="seed"/>.</summary>
    public static Tensor RandomNormal(int seed, params int[] shape)
    {
        var random = new Random(seed);
        var data = new double[CheckedLength("RandomNormal", shape)];
        for (var i = 0; i < data.Length; i += 2)
        {
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            data[i] = radius * Math.Cos(angle);
            if (i + 1 < data.Length) data[i + 1] = radius * Math.Sin(angle);
        }
        return OnDefault(new Tensor(data, (int[])shape.Clone()));
    }

    /// <summary>A tensor computed on the host, moved to <see cref="Backend.Default"/> when that is a device.</summary>
    private static Tensor OnDefault(Tensor host) => Backend.Default is GpuBackend device ? device.Upload(host.Data, host._shape) : host;

    /// <summary>A copy of <paramref name="shape"/>, checked as <see cref="CheckedLength"/> checks it.</summary>
    private static int[] CheckedShape(string operation, int[] shape)
    {
        CheckedLength(operation, shape);
        return (int[])shape.Clone();
    }
}
