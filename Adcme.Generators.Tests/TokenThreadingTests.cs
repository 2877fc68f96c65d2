using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Adcme.Generators.Tests;

/// <summary>The generated forward and adjoint carry explicit tokens, whether or not the user threaded them: in every
/// generated method of every communicating case (and of the 90 random communication programs), each communication —
/// an operation, its tangent rule, its pullback — is issued between a <c>comm.CheckToken(token)</c> and the
/// <c>token = comm.Token</c> that takes the next token; nothing communicates outside such a window.</summary>
public class TokenThreadingTests
{
    /// <summary>Members of a communicator that do not communicate, or take no place in its sequence.</summary>
    private static readonly HashSet<string> Quiet = ["CheckToken", "Token", "Rank", "Size", "Sequence", "Wait", "CheckTokenTangent", "CheckTokenPullback", "WaitTangent"];

    public static TheoryData<string> CommunicatingCases()
        => new(GeneratorHarness.Cases().Where(c => c.Source.Contains("Communicator comm", StringComparison.Ordinal)).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CommunicatingCases))]
    public void EveryCommunicationIsBetweenACheckAndTheNextToken(string caseName)
    {
        var source = GeneratorHarness.Cases().Single(c => c.Name == caseName).Source;
        AssertThreaded([GeneratorHarness.GlobalUsings, source, .. GeneratorHarness.SupportFiles()]);
    }

    [Fact]
    public void TheRandomCommunicationProgramsAreThreaded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Fuzz/CommFuzzCases.cs")!;
        using var reader = new StreamReader(stream);
        AssertThreaded([GeneratorHarness.GlobalUsings, reader.ReadToEnd(), .. GeneratorHarness.SupportFiles()]);
    }

    [Fact]
    public void AnOperationOutsideAWindowIsFound()
    {
        // The check itself can fail: an operation after the window closed is reported.
        var method = ParseMethod("""
            static double F(double x, global::Adcme.Communicator comm)
            {
                var t = comm.Token;
                comm.CheckToken(t);
                var y = comm.AllreduceSum(x);
                t = comm.Token;
                return comm.Broadcast(y, 0);
            }
            """);
        Assert.Equal(["comm.Broadcast(y, 0)"], Unthreaded(method));
    }

    private static void AssertThreaded(string[] sources)
    {
        var result = GeneratorHarness.Run(sources);
        Assert.Empty(result.GeneratorDiagnostics);
        var problems = new List<string>();
        var communications = 0;
        foreach (var generated in result.Sources)
        {
            var root = CSharpSyntaxTree.ParseText(generated.SourceText.ToString()).GetRoot();
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                communications += Communications(method).Count();
                problems.AddRange(Unthreaded(method).Select(call => generated.HintName + " " + method.Identifier.Text + ": " + call));
            }
        }
        Assert.True(communications > 0, "no communication found: the check saw nothing");
        Assert.True(problems.Count == 0, "communication outside a token window:\n" + string.Join("\n", problems));
    }

    private static MethodDeclarationSyntax ParseMethod(string text)
        => CSharpSyntaxTree.ParseText("class C { " + text + " }").GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

    /// <summary>Calls that communicate: <c>comm.Op(…)</c> on a communicator parameter, or a communicator rule
    /// <c>global::Adcme.Communicator.OpTangent/OpPullback(…)</c>.</summary>
    private static IEnumerable<InvocationExpressionSyntax> Communications(MethodDeclarationSyntax method)
    {
        var communicators = method.ParameterList.Parameters.Where(p => p.Type?.ToString() == "global::Adcme.Communicator").Select(p => p.Identifier.Text).ToHashSet();
        return method.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(call => call.Expression is MemberAccessExpressionSyntax access
            && !Quiet.Contains(access.Name.Identifier.Text)
            && ((access.Expression is IdentifierNameSyntax receiver && communicators.Contains(receiver.Identifier.Text))
                || access.Expression.ToString() == "global::Adcme.Communicator"));
    }

    /// <summary>The communications of <paramref name="method"/> outside a window, in source order.</summary>
    private static List<string> Unthreaded(MethodDeclarationSyntax method)
    {
        var communications = Communications(method).ToHashSet();
        var open = new HashSet<string>();
        var problems = new List<string>();
        foreach (var node in method.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "CheckToken" } check }:
                    open.Add(check.Expression.ToString());
                    break;
                case AssignmentExpressionSyntax { Right: MemberAccessExpressionSyntax { Name.Identifier.Text: "Token" } next }:
                    open.Remove(next.Expression.ToString());
                    break;
                case InvocationExpressionSyntax call when communications.Contains(call):
                    var access = (MemberAccessExpressionSyntax)call.Expression;
                    // A rule names its communicator as its first argument.
                    var communicator = access.Expression.ToString() == "global::Adcme.Communicator" ? call.ArgumentList.Arguments[0].ToString() : access.Expression.ToString();
                    if (!open.Contains(communicator)) problems.Add(call.ToString());
                    break;
            }
        }
        return problems;
    }
}
