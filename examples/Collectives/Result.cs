namespace Adcme.Examples.Collectives;

/// <summary>One rank's inputs and gradients: θ and dL/dθ (reduce-sum and broadcast), x and dL/dx (the chain), and
/// the largest difference between its block of the distributed diffusion gradient and the serial one.</summary>
internal sealed record RankFigures(int Rank, int GridRow, int GridColumn, double Theta, double DTheta, double X, double DX, double HaloError);

/// <summary>What rank 0 prints: the grid, the three losses (and the serial diffusion loss), and every rank's figures.</summary>
internal sealed record Result(int Rows, int Columns, double ReduceBroadcast, double Chain, double Halo, double SerialHalo, RankFigures[] ByRank);
