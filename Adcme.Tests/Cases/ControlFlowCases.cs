namespace Adcme.Tests.Cases;

/// <summary>if/else, early return, loops whose trip count is decided at run time, break, continue, do-while.</summary>
public static partial class ControlFlowCases
{
    [Differentiable]
    public static double Branches(double x, double y)
    {
        double z;
        if (x > 0)
        {
            z = x * y;
        }
        else if (y > 0)
        {
            z = Math.Exp(x) + y;
        }
        else
        {
            z = -x;
        }
        return z * z;
    }

    [Differentiable]
    public static double EarlyReturn(double x)
    {
        if (x < 0) return x * x;
        var y = Math.Sin(x);
        if (y > 0.5) return y * x;
        return y + x;
    }

    /// <summary>Newton's iteration for √a: the trip count depends on the input.</summary>
    [Differentiable]
    public static double NewtonSqrt(double a)
    {
        var x = a;
        while (Math.Abs(x * x - a) > 1e-12 * a)
        {
            x = 0.5 * (x + a / x);
        }
        return x;
    }

    [Differentiable]
    public static double LoopWithBreakAndContinue(double x, int n)
    {
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (i % 3 == 1) continue;
            s += Math.Sin(x * i) * s + x;
            if (s > 50) break;
        }
        return s;
    }

    [Differentiable]
    public static double ReturnInsideLoop(double x)
    {
        var p = 1.0;
        for (var i = 1; i < 100; i++)
        {
            p *= x;
            if (p > 10) return p + i;
        }
        return -p;
    }

    [Differentiable]
    public static double DoWhile(double x)
    {
        var y = x;
        var steps = 0;
        do
        {
            y = y * 0.5 + Math.Cos(y);
            steps++;
        }
        while (steps < 4);
        return y;
    }

    [Differentiable]
    public static double NestedLoops(double x, int n)
    {
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = x;
            var j = 0;
            while (j < i)
            {
                row = row * x + Math.Tanh(row);
                j++;
            }
            s += row;
        }
        return s;
    }

    [Differentiable]
    public static double Logic(double x, double y)
    {
        var inside = x > 0 && y > 0 || x < -1;
        var z = x;
        inside ^= y > 10;
        _ = z;
        if (inside & !(y > 2)) z = x * y;
        return z + (x != y ? 1 : 0) * x;
    }

    /// <summary>A time loop with a loop-invariant factor (-stiffness is recomputed, never recorded).</summary>
    [Differentiable]
    public static double Pendulum(double damping, double stiffness, int steps)
    {
        var angle = 1.0;
        var velocity = 0.0;
        for (var i = 0; i < steps; i++)
        {
            var acceleration = -stiffness * Math.Sin(angle) - damping * velocity;
            angle += 0.01 * velocity;
            velocity += 0.01 * acceleration;
        }
        return angle * angle + velocity * velocity;
    }
}
