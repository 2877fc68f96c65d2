using Adcme;

namespace Adcme.Benchmarks;

/// <summary>A damped pendulum integrated by explicit Euler: a scalar time loop with state carried across
/// 10⁶ steps. The loss is the squared final state; its gradient is taken with respect to both parameters.</summary>
public static partial class ScalarLoop
{
    public const double Dt = 1e-5;

    [Differentiable]
    public static double Pendulum(double damping, double stiffness, int steps)
    {
        var angle = 1.0;
        var velocity = 0.0;
        for (var i = 0; i < steps; i++)
        {
            var acceleration = -stiffness * Math.Sin(angle) - damping * velocity;
            angle += Dt * velocity;
            velocity += Dt * acceleration;
        }
        return angle * angle + velocity * velocity;
    }

    private static double[] _angles = [];
    private static double[] _velocities = [];

    /// <summary>The baseline: the adjoint of the same loop written by hand, storing the states it needs in
    /// reused buffers (no allocation in steady state, like the generated code's pooled tape).</summary>
    public static double PendulumGradientByHand(double damping, double stiffness, int steps, out double dDamping, out double dStiffness)
    {
        if (_angles.Length < steps)
        {
            _angles = new double[steps];
            _velocities = new double[steps];
        }
        var angles = _angles;
        var velocities = _velocities;
        var angle = 1.0;
        var velocity = 0.0;
        for (var i = 0; i < steps; i++)
        {
            angles[i] = angle;
            velocities[i] = velocity;
            var acceleration = -stiffness * Math.Sin(angle) - damping * velocity;
            angle += Dt * velocity;
            velocity += Dt * acceleration;
        }
        var loss = angle * angle + velocity * velocity;

        var angleBar = 2 * angle;
        var velocityBar = 2 * velocity;
        dDamping = 0;
        dStiffness = 0;
        for (var i = steps - 1; i >= 0; i--)
        {
            var a = angles[i];
            var v = velocities[i];
            var accelerationBar = Dt * velocityBar;
            dDamping -= accelerationBar * v;
            dStiffness -= accelerationBar * Math.Sin(a);
            var previousAngleBar = angleBar - accelerationBar * stiffness * Math.Cos(a);
            velocityBar = velocityBar + Dt * angleBar - accelerationBar * damping;
            angleBar = previousAngleBar;
        }
        return loss;
    }
}
