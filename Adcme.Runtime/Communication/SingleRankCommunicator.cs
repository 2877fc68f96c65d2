namespace Adcme;

/// <summary>A communicator of one rank (<see cref="Communicator.Single"/>): every operation is the identity,
/// and tensor results are copies of the arguments.</summary>
internal sealed class SingleRankCommunicator : Communicator
{
    public override int Rank => 0;

    public override int Size => 1;

    private protected override void Execute(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
        => x.CopyTo(result);
}
