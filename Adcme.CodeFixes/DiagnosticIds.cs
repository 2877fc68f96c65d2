namespace Adcme.CodeFixes
{
    /// <summary>The ids these fixes handle, as Adcme.Generators declares them (a test checks they agree). Kept as strings so
    /// that this assembly does not load the generator's.</summary>
    internal static class DiagnosticIds
    {
        public const string ContainingTypeNotPartial = "ADCME001";
        public const string UnsupportedParameter = "ADCME004";
        public const string NoDerivativeForCall = "ADCME007";
        public const string PrimitiveRuleSignature = "ADCME014";
    }
}
