    /// <summary>Registers the descriptor of <see cref="Loss"/> (its parameters and generated entry points, for GradientChecker) and its declared gradient checks.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCode("Adcme.Generators", "1.0.0.0")]
        [global::System.Runtime.CompilerServices.ModuleInitializer]
        internal static void __Loss_Register()
        {
            global::Adcme.Checking.GradientChecks.Register(typeof(global::Sample.Model), "Loss",
                static () => new global::Adcme.Checking.DifferentiableMethodDescriptor(typeof(global::Sample.Model), "Loss", typeof(double),
                    new global::Adcme.Checking.DescribedParameter[]
                    {
                        new global::Adcme.Checking.DescribedParameter("x", typeof(double), true),
                        new global::Adcme.Checking.DescribedParameter("y", typeof(double), true),
                    },
                    false,
                    static __args => Loss((double)__args[0]!, (double)__args[1]!),
                    static __args => Loss_Pushforward((double)__args[0]!, (double)__args[1]!, (double)__args[2]!, (double)__args[3]!),
                    static __args =>
                    {
                        var __d0 = (double)__args[3]!;
                        var __d1 = (double)__args[4]!;
                        Loss_Pullback((double)__args[0]!, (double)__args[1]!, (double)__args[2]!, ref __d0, ref __d1);
                        __args[3] = __d0;
                        __args[4] = __d1;
                        return null;
                    },
                    static __args =>
                    {
                        var __value = Loss_Gradient((double)__args[0]!, (double)__args[1]!, out var __d0, out var __d1);
                        __args[2] = __d0;
                        __args[3] = __d1;
                        return __value;
                    }),
                new global::Adcme.Checking.GradientCheckDeclaration("Source0.cs", 7, 10, "(2.0, 0.5)", static () => new object?[] { 2D, 0.5D }),
                new global::Adcme.Checking.GradientCheckDeclaration("Source0.cs", 8, 10, "(1, -3.25)", static () => new object?[] { 1D, -3.25D }) { Tolerance = 1E-07D });
        }
    }
}
