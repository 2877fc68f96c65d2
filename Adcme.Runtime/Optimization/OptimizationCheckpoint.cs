using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Adcme;

/// <summary>
/// The checkpoint file, version 1, little-endian: the magic <c>ADCMEOPT</c>, the format version (int32), the method
/// (byte: 1 L-BFGS, 2 Adam), the number of parameters and of ranks (int32 each); the settings that fix the run's
/// path (count, then name and value pairs) and the initial θ; the iteration, evaluations, elapsed ticks and stop code;
/// θ, f, g; the history (count, then iteration, f, ‖g‖∞, elapsed ticks, evaluations each); the method's own state
/// (L-BFGS: its (s, y) pairs; Adam: its moments); and last the SHA-256 of everything before it. Rank 0 writes it to
/// <c>path.tmp</c> in the same directory, flushes it to disk and moves it over <c>path</c>, so the file at
/// <c>path</c> is always a whole checkpoint. Reading checks everything and throws
/// <see cref="OptimizationCheckpointException"/> on the first difference.
/// </summary>
internal sealed class OptimizationCheckpoint(string path, OptimizerMethod method, int ranks, IReadOnlyList<(string Name, double Value)> settings, double[] initial)
{
    private static readonly byte[] Magic = "ADCMEOPT"u8.ToArray();
    private const int Version = 1;
    private const int HashLength = 32;

    public string Path { get; } = path;

    public bool Exists => File.Exists(Path);

    public void Write(IterateState state)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(method.Code);
            writer.Write(initial.Length);
            writer.Write(ranks);
            writer.Write(settings.Count);
            foreach (var (name, value) in settings)
            {
                writer.Write(name);
                writer.Write(value);
            }
            OptimizerMethod.WriteArray(writer, initial);
            writer.Write(state.Iteration);
            writer.Write(state.Evaluations);
            writer.Write(state.History[^1].Elapsed.Ticks);
            writer.Write((int)state.Stop);
            OptimizerMethod.WriteArray(writer, state.Theta);
            writer.Write(state.Value);
            OptimizerMethod.WriteArray(writer, state.Gradient);
            writer.Write(state.History.Count);
            foreach (var item in state.History)
            {
                writer.Write(item.Iteration);
                writer.Write(item.Value);
                writer.Write(item.GradientNorm);
                writer.Write(item.Elapsed.Ticks);
                writer.Write(item.Evaluations);
            }
            method.WriteState(writer);
        }
        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Write(hash);
        var temporary = Path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>The state the checkpoint holds (the method's own state read into <c>method</c>), after checking that it
    /// is whole and was written by a run of this method, size, rank count, settings and initial point.</summary>
    public IterateState Read()
    {
        var bytes = File.ReadAllBytes(Path);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw Error("is not an Adcme optimizer checkpoint (it does not start with ADCMEOPT)");
        }
        if (bytes.Length < Magic.Length + 4 + HashLength)
        {
            throw Error($"is truncated ({bytes.Length} bytes)");
        }
        var version = BitConverter.ToInt32(bytes, Magic.Length);
        if (version != Version) throw Error($"has format version {version}; this Adcme reads version {Version}");
        var body = bytes.AsSpan(0, bytes.Length - HashLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength)))
        {
            throw Error($"is corrupt or truncated: its SHA-256 checksum does not match its {bytes.Length} bytes");
        }
        using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length + 4, body.Length - Magic.Length - 4), Encoding.UTF8);
        try
        {
            return ReadBody(reader);
        }
        catch (EndOfStreamException)
        {
            throw Error("is corrupt: it ends before its contents do");
        }
    }

    private IterateState ReadBody(BinaryReader reader)
    {
        var code = reader.ReadByte();
        if (code != method.Code) throw Error($"was written by {MethodName(code)}, but this run is {method.Name}");
        var n = reader.ReadInt32();
        if (n != initial.Length) throw Error($"is for a problem of {n} parameters, but this run has {initial.Length}");
        var writtenRanks = reader.ReadInt32();
        if (writtenRanks != ranks) throw Error($"was written by a run on {writtenRanks} rank{(writtenRanks == 1 ? "" : "s")}, but this run has {ranks}");
        var count = reader.ReadInt32();
        var written = new List<(string Name, double Value)>();
        for (var i = 0; i < count; i++) written.Add((reader.ReadString(), reader.ReadDouble()));
        CheckSettings(written);
        var start = OptimizerMethod.ReadArray(reader, n);
        for (var i = 0; i < n; i++)
        {
            if (BitConverter.DoubleToInt64Bits(start[i]) != BitConverter.DoubleToInt64Bits(initial[i]))
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"was started from another initial point: θ[{i}] = {start[i]:R} there, {initial[i]:R} in this run"));
            }
        }
        var iteration = reader.ReadInt32();
        var evaluations = reader.ReadInt32();
        var elapsed = TimeSpan.FromTicks(reader.ReadInt64());
        var stop = (StopCode)reader.ReadInt32();
        var theta = OptimizerMethod.ReadArray(reader, n);
        var value = reader.ReadDouble();
        var gradient = OptimizerMethod.ReadArray(reader, n);
        var state = new IterateState(theta, value, gradient) { Iteration = iteration, Evaluations = evaluations, ElapsedBefore = elapsed, Stop = stop };
        var historyCount = reader.ReadInt32();
        for (var i = 0; i < historyCount; i++)
        {
            state.History.Add(new OptimizationIteration(reader.ReadInt32(), reader.ReadDouble(), reader.ReadDouble(), TimeSpan.FromTicks(reader.ReadInt64()), reader.ReadInt32()));
        }
        method.ReadState(reader, n);
        if (reader.BaseStream.Position != reader.BaseStream.Length) throw Error("is corrupt: it has bytes after its contents");
        return state;
    }

    private void CheckSettings(List<(string Name, double Value)> written)
    {
        var names = string.Join(", ", written.Select(s => s.Name));
        if (names != string.Join(", ", settings.Select(s => s.Name)))
        {
            throw Error($"has the settings {names}, not this run's {string.Join(", ", settings.Select(s => s.Name))}");
        }
        for (var i = 0; i < written.Count; i++)
        {
            if (BitConverter.DoubleToInt64Bits(written[i].Value) != BitConverter.DoubleToInt64Bits(settings[i].Value))
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"was written with {written[i].Name} = {written[i].Value:R}, but this run has {settings[i].Name} = {settings[i].Value:R}"));
            }
        }
    }

    private static string MethodName(byte code) => code switch { 1 => "L-BFGS", 2 => "Adam", _ => $"an unknown method ({code})" };

    private OptimizationCheckpointException Error(string what)
        => new(Path, $"checkpoint {Path} {what}. It is not used; remove it (or pass another CheckpointPath) to start afresh.");
}
