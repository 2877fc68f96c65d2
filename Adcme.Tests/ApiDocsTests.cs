using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;
using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>docs/api.md names every public member of the runtime's numerical types, so that it stays complete.</summary>
public class ApiDocsTests
{
    private static readonly Type[] Documented = [typeof(Tensor), typeof(Stencils), typeof(Sparse), typeof(SparsePattern), typeof(Layers), typeof(GradientChecker),
        typeof(Parallelism), typeof(Checkpointing), typeof(CheckpointedAttribute), typeof(Backend), typeof(GpuBackend), typeof(TensorScope)];

    /// <summary>How a member is written in the page: operators by their C# token, the indexer as <c>this[</c>, other
    /// members by name after a backtick or a dot (`Tensor.Exp`, `Exp(`, `x.Shape`).</summary>
    private static Regex Mention(MemberInfo member) => member.Name switch
    {
        "op_Addition" => new Regex(@"`operator \+`"),
        "op_Subtraction" or "op_UnaryNegation" => new Regex(@"`operator -`"),
        "op_Multiply" => new Regex(@"`operator \*`"),
        "op_Division" => new Regex(@"`operator /`"),
        "Item" => new Regex(@"this\["),
        _ => new Regex(@"[`.]" + Regex.Escape(member.Name) + @"(?![A-Za-z0-9_])"),
    };

    /// <summary>Public members a user calls: not the derivative rules (hidden with EditorBrowsable(Never)), not property
    /// accessors, constructors or what every object has.</summary>
    private static IEnumerable<MemberInfo> PublicMembers(Type type)
        => type.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<EditorBrowsableAttribute>()?.State != EditorBrowsableState.Never)
            .Where(m => m is not ConstructorInfo and not EventInfo && !(m is MethodInfo { IsSpecialName: true } method && !method.Name.StartsWith("op_", StringComparison.Ordinal)))
            .Where(m => m.Name is not ("ToString" or "Equals" or "GetHashCode"));

    [Fact]
    public void EveryPublicMemberIsInTheReference()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api.md"));
        var missing = Documented.SelectMany(type => PublicMembers(type).Where(m => !Mention(m).IsMatch(page)).Select(m => $"{type.Name}.{m.Name}"))
            .Distinct().ToList();
        Assert.True(missing.Count == 0, "docs/api.md does not mention: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheCheckSeesMembersAndRules()
    {
        var tensor = PublicMembers(typeof(Tensor)).Select(m => m.Name).ToHashSet();
        Assert.Contains("MatMul", tensor);
        Assert.Contains("op_Addition", tensor);
        Assert.Contains("Item", tensor);
        Assert.DoesNotContain("MatMul_Pullback", tensor);
        Assert.DoesNotContain("get_Shape", tensor);
        Assert.Contains("Mlp_Pullback", PublicMembers(typeof(Layers)).Select(m => m.Name));
        Assert.Matches(Mention(typeof(Tensor).GetMethod("Exp")!), "`Tensor.Exp(x)`");
        Assert.DoesNotMatch(Mention(typeof(Tensor).GetMethod("Exp")!), "`Tensor.ExpM1`");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Adcme.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Adcme.sln not found above " + AppContext.BaseDirectory);
    }
}
