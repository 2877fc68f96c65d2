using System.ComponentModel;

namespace Adcme.Checking;

/// <summary>One <c>[GradientCheck]</c> attribute as the generator emits it: where it is written, the point in words,
/// a function that makes the point's arguments, and the attribute's settings (0: the default). Made by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GradientCheckDeclaration
{
    /// <summary>Describes a declared check; called by generated code.</summary>
    public GradientCheckDeclaration(string file, int line, int column, string point, Func<object?[]> arguments)
    {
        File = file;
        Line = line;
        Column = column;
        Point = point;
        Arguments = arguments;
    }

    /// <summary>The source file of the attribute.</summary>
    public string File { get; }

    /// <summary>The attribute's line, from 1.</summary>
    public int Line { get; }

    /// <summary>The attribute's column, from 1.</summary>
    public int Column { get; }

    /// <summary>The point as written: "(2.0, 0.5)" or "Point = nameof(Field)".</summary>
    public string Point { get; }

    /// <summary>Makes the arguments, in parameter order (fresh on each call).</summary>
    public Func<object?[]> Arguments { get; }

    /// <summary><see cref="GradientCheckAttribute.Tolerance"/>; 0 for the default.</summary>
    public double Tolerance { get; init; }

    /// <summary><see cref="GradientCheckAttribute.DotProductTolerance"/>; 0 for the default.</summary>
    public double DotProductTolerance { get; init; }

    /// <summary><see cref="GradientCheckAttribute.RelativeStep"/>; 0 for the default.</summary>
    public double RelativeStep { get; init; }

    /// <summary><see cref="GradientCheckAttribute.TimeLimitSeconds"/>; 0 for the default.</summary>
    public double TimeLimitSeconds { get; init; }

    /// <summary>The checker's options with this attribute's settings.</summary>
    internal GradientCheckOptions Options() => new()
    {
        Tolerance = Tolerance > 0 ? Tolerance : null,
        DotProductTolerance = DotProductTolerance > 0 ? DotProductTolerance : null,
        RelativeStep = RelativeStep > 0 ? RelativeStep : null,
    };
}
