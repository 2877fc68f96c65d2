using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Tests;

/// <summary>ADCME017: communication tokens used twice, dropped or bypassed inside differentiable methods, each
/// reported at the token that is misused; and the patterns that are fine.</summary>
public class TokenDiagnosticTests
{
    private const string Usings = "using System; using Adcme;\n";

    private static (List<Diagnostic> Diagnostics, string Source) Run(string body, string parameters = "double x, Communicator comm")
    {
        var source = Usings + "public static partial class Model\n{\n    [Differentiable]\n    public static double F(" + parameters + ")\n    {\n" + body + "\n    }\n\n    [Differentiable]\n    public static double G(double y, Communicator comm) => comm.AllreduceSum(y * y);\n}";
        var result = GeneratorHarness.Run(source);
        return (result.GeneratorDiagnostics.Where(d => d.Id.StartsWith("ADCME", StringComparison.Ordinal)).ToList(), source);
    }

    private static void Reports(string body, string located, string message, string parameters = "double x, Communicator comm")
    {
        var (diagnostics, source) = Run(body, parameters);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ADCME017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.EndsWith("docs/diagnostics/ADCME017.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal(located, source.Substring(span.Start, span.Length));
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATokenUsedTwice()
        => Reports("""
                   var t0 = comm.Token;
                   var a = comm.AllreduceSum(x, t0, out var t1);
                   var b = comm.AllreduceSum(a * x, t0, out var t2);
                   return b;
           """, "t0", "token 't0' is used twice");

    [Fact]
    public void ATokenDroppedByANewChain()
        => Reports("""
                   var a = comm.AllreduceSum(x, comm.Token, out var t1);
                   var b = comm.Broadcast(a * x, 0, comm.Token, out _);
                   return b;
           """, "comm.Token", "token 't1' is dropped");

    [Fact]
    public void ATokenBypassedByAnOperationWithoutOne()
        => Reports("""
                   var a = comm.AllreduceSum(x, comm.Token, out var t1);
                   var b = comm.Broadcast(a * x, 0);
                   return comm.ReduceSum(b, 0, t1, out _);
           """, "comm.Broadcast(a * x, 0)", "token 't1' is bypassed: 'Broadcast' is issued without a token");

    [Fact]
    public void ATokenBypassedByADifferentiableCallee()
    {
        var (diagnostics, source) = Run("""
                   var t0 = comm.Token;
                   var a = G(x, comm);
                   return comm.AllreduceSum(a, t0, out _);
           """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ADCME017", diagnostic.Id);
        Assert.Contains("token 't0' is bypassed: 'G' communicates on the same communicator", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("G(x, comm)", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void ATokenConsumedInALoopWithoutReplacingIt()
        => Reports("""
                   var token = comm.Token;
                   var s = x;
                   for (var k = 0; k < 3; k++) s = comm.AllreduceSum(s, token, out var next);
                   return s;
           """, "token", "token 'token' is consumed inside a loop but not replaced");

    [Fact]
    public void ATokenUsedOnOneBranchOnly()
        => Reports("""
                   var token = comm.Token;
                   var s = x;
                   if (x > 0) s = comm.AllreduceSum(s, token, out _);
                   return s;
           """, "token", "token 'token' is used on one branch of an if and not on the other");

    [Theory]
    [InlineData("var t = comm.Token; var a = comm.AllreduceSum(x, t, out t); return comm.Broadcast(a, 0, t, out t);")]
    [InlineData("var t = comm.Token; var s = x; for (var k = 0; k < 3; k++) s = comm.AllreduceSum(s, t, out t); return s;")]
    [InlineData("var t = comm.Token; var s = x; if (x > 0) s = comm.AllreduceSum(s, t, out t); else s = comm.AllreduceMax(s, t, out t); return s;")]
    [InlineData("var a = comm.AllreduceSum(x, comm.Token, out _); var b = G(a, comm); return comm.Broadcast(b, 0, comm.Token, out _);")]
    [InlineData("var a = comm.AllreduceSum(x); return comm.Broadcast(a, 0);")]
    public void LinearChainsAreFine(string body)
    {
        var (diagnostics, _) = Run(body);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ATokenParameterIsTheStartOfAChain()
    {
        var (diagnostics, _) = Run("var a = comm.AllreduceSum(x, token, out var t1); return comm.AllreduceSum(a, token, out _);", "double x, Communicator comm, CommToken token");
        Assert.Contains(diagnostics, d => d.Id == "ADCME017" && d.GetMessage().Contains("token 'token' is used twice", StringComparison.Ordinal));
    }

    /// <summary>Found by the communication fuzzer: a token parameter copied to a local (its communicator still
    /// unknown) and then handed on on one side of a rank branch is reported as "used on one branch of an if and not
    /// on the other" (without a location), while the same program with <c>var t = comm.Token;</c> is accepted (the
    /// state after the branch compared the communicator, -1 for the copied parameter): a token whose communicator is
    /// not known yet now matches any.</summary>
    [Fact]
    public void ACopiedTokenParameterHandedOnInOneRankBranchIsFineLikeCommToken()
    {
        var (diagnostics, _) = Run("var t = token; var s = x; if (comm.Rank == 0) s = comm.AllreduceSum(s, t, out t); return s;", "double x, Communicator comm, CommToken token");
        Assert.Empty(diagnostics);
        var (local, _) = Run("var t = comm.Token; var s = x; if (comm.Rank == 0) s = comm.AllreduceSum(s, t, out t); return s;");
        Assert.Empty(local);
    }
}
