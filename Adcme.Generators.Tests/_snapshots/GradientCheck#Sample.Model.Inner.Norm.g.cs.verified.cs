    /// <summary>Registers the descriptor of <see cref="Norm"/> (its parameters and generated entry points, for GradientChecker) and its declared gradient checks.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            [global::System.CodeDom.Compiler.GeneratedCode("Adcme.Generators", "1.0.0.0")]
            internal static void __Norm_Register()
            {
                global::Adcme.Checking.GradientChecks.Register(typeof(global::Sample.Model.Inner), "Norm",
                    static () => new global::Adcme.Checking.DifferentiableMethodDescriptor(typeof(global::Sample.Model.Inner), "Norm", typeof(double),
                        new global::Adcme.Checking.DescribedParameter[]
                        {
                            new global::Adcme.Checking.DescribedParameter("v", typeof(double[]), true),
                        },
                        false,
                        static __args => Norm((double[])__args[0]!),
                        static __args => Norm_Pushforward((double[])__args[0]!, (double[])__args[1]!),
                        static __args =>
                        {
                            var __d0 = (double[])__args[2]!;
                            Norm_Pullback((double[])__args[0]!, (double)__args[1]!, ref __d0);
                            __args[2] = __d0;
                            return null;
                        },
                        static __args =>
                        {
                            var __value = Norm_Gradient((double[])__args[0]!, out var __d0);
                            __args[1] = __d0;
                            return __value;
                        }),
                    new global::Adcme.Checking.GradientCheckDeclaration("Source0.cs", 18, 30, "Values", static () => { var __point = global::Sample.Model.Inner.Values(); return new object?[] { (double[])__point }; }));
            }
        }
    }

    partial class Model
    {
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.CodeDom.Compiler.GeneratedCode("Adcme.Generators", "1.0.0.0")]
        [global::System.Runtime.CompilerServices.ModuleInitializer]
        internal static void __Inner_Norm_Register() => global::Sample.Model.Inner.__Norm_Register();
    }
}
