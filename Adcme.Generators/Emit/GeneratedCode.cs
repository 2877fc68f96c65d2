namespace Adcme.Generators.Emit
{
    /// <summary>The <c>[GeneratedCode]</c> mark on every generated member: debuggers, analyzers and coverage tools
    /// tell generated code from the user's by it.</summary>
    internal static class GeneratedCode
    {
        public static readonly string Attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"Adcme.Generators\", \""
            + (typeof(GeneratedCode).Assembly.GetName().Version?.ToString() ?? "0.0.0.0") + "\")]";
    }
}
