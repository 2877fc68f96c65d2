using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Adcme.Generators.Emit
{
    /// <summary>A template of C# text over element values: <c>$x0, $x1, …</c> (arguments), <c>$r</c> (result),
    /// <c>$g</c> (seed), <c>$M</c> (the math class) and <c>#1.5</c> (a literal, printed in the code's type).
    /// What a template reads follows from its text, so a rule declares its tape needs by being written.
    /// Plain expressions only (no spans, no calls but the math class's): the same text serves scalar code,
    /// fused CPU kernels, the runtime's unfused rules and, later, GPU kernels.</summary>
    internal sealed class RuleTemplate
    {
        public RuleTemplate(string text)
        {
            Text = text;
            var arguments = new SortedSet<int>();
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (text[i] != '$') continue;
                if (text[i + 1] == 'r') ReadsResult = true;
                else if (text[i + 1] == 'x') arguments.Add(text[i + 2] - '0');
            }
            ReadArguments = new List<int>(arguments);
        }

        public string Text { get; }

        public IReadOnlyList<int> ReadArguments { get; }

        public bool ReadsResult { get; }

        /// <summary>The template with each placeholder replaced.</summary>
        public string Print(System.Func<int, string> argument, System.Func<string> result, string g, string math, System.Func<double, string> literal)
        {
            var text = new StringBuilder();
            for (var i = 0; i < Text.Length; i++)
            {
                var c = Text[i];
                if (c == '$')
                {
                    var what = Text[++i];
                    if (what == 'x') text.Append(argument(Text[++i] - '0'));
                    else if (what == 'r') text.Append(result());
                    else if (what == 'g') text.Append(g);
                    else text.Append(math);
                }
                else if (c == '#')
                {
                    var end = i + 1;
                    while (end < Text.Length && (char.IsDigit(Text[end]) || Text[end] == '.')) end++;
                    text.Append(literal(double.Parse(Text.Substring(i + 1, end - i - 1), NumberStyles.Float, CultureInfo.InvariantCulture)));
                    i = end - 1;
                }
                else text.Append(c);
            }
            return text.ToString();
        }
    }

    /// <summary>∂result/∂argⱼ · g for one argument. <see cref="IfNonZeroConstant"/> is a simpler form used when
    /// argument <see cref="ConstantArgument"/> is a literal other than zero (Pow's exponent).</summary>
    internal sealed class PartialRule
    {
        public PartialRule(string template, int constantArgument = -1, string? ifNonZeroConstant = null)
        {
            Template = new RuleTemplate(template);
            ConstantArgument = constantArgument;
            IfNonZeroConstant = ifNonZeroConstant is null ? null : new RuleTemplate(ifNonZeroConstant);
        }

        public RuleTemplate Template { get; }

        public int ConstantArgument { get; }

        public RuleTemplate? IfNonZeroConstant { get; }

        public RuleTemplate Choose(System.Func<int, bool> isNonZeroConstant)
            => IfNonZeroConstant is not null && isNonZeroConstant(ConstantArgument) ? IfNonZeroConstant : Template;

        /// <summary>Everything either form reads.</summary>
        public IEnumerable<RuleTemplate> Forms()
        {
            yield return Template;
            if (IfNonZeroConstant is not null) yield return IfNonZeroConstant;
        }
    }

    /// <summary>One built-in operation: its per-element value and one partial per argument.</summary>
    internal sealed class ElementRule
    {
        public ElementRule(string name, string forward, params PartialRule[] partials)
        {
            Name = name;
            Forward = new RuleTemplate(forward);
            DeviceForward = Forward;
            Partials = partials;
        }

        public string Name { get; }

        public RuleTemplate Forward { get; }

        /// <summary>The value as a device kernel computes it: <see cref="Forward"/> unless the rule says otherwise. Why a
        /// second form: ILGPU compiles no exceptions, and a System.Math function that throws (Clamp, for lo &gt; hi) is
        /// written out as the arithmetic it does once the caller has checked its arguments on the host.</summary>
        public RuleTemplate DeviceForward { get; private set; }

        /// <summary>This rule with <see cref="DeviceForward"/> set to <paramref name="template"/>.</summary>
        public ElementRule WithDeviceForward(string template)
        {
            DeviceForward = new RuleTemplate(template);
            return this;
        }

        public IReadOnlyList<PartialRule> Partials { get; }

        public int Arity => Partials.Count;
    }
}
