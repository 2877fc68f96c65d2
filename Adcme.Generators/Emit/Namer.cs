using System.Collections.Generic;
using System.Globalization;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Adcme.Generators.Emit
{
    /// <summary>Gives every IR variable, its tangent, its adjoint and every helper a unique C# name, keeping
    /// the user's names where it can.</summary>
    internal sealed class Namer
    {
        private readonly HashSet<string> _taken = new HashSet<string>();
        private readonly string[] _names;
        private readonly Dictionary<int, string> _tangents = new Dictionary<int, string>();
        private readonly Dictionary<int, string> _adjoints = new Dictionary<int, string>();

        public Namer(MethodModel model)
        {
            _names = new string[model.Variables.Count];
            foreach (var parameter in model.Parameters)
            {
                _names[parameter.Variable] = Escape(parameter.Name);
                _taken.Add(parameter.Name);
                _taken.Add(PublicDerivativeName(parameter.Name));
            }
            // The user's locals first, so that they keep their names; then temporaries and flags.
            foreach (var variable in model.Variables)
            {
                if (variable.Role == VariableRole.Local) _names[variable.Id] = Fresh(variable.Name);
            }
            foreach (var variable in model.Variables)
            {
                if (_names[variable.Id] is not null) continue;
                _names[variable.Id] = variable.Role == VariableRole.Temporary ? Fresh("t", numbered: true) : Fresh(variable.Name);
            }
        }

        public string this[int variable] => _names[variable];

        public string Tangent(int variable) => Derived(_tangents, variable, "_dot");

        public string Adjoint(int variable) => Derived(_adjoints, variable, "_bar");

        private string Derived(Dictionary<int, string> names, int variable, string suffix)
        {
            if (!names.TryGetValue(variable, out var name))
            {
                name = Fresh(_names[variable].TrimStart('@') + suffix, numbered: false);
                names[variable] = name;
            }
            return name;
        }

        /// <summary>A new name not used by anything else: base, base_1, base_2, … (or t1, t2, … when numbered).</summary>
        public string Fresh(string baseName, bool numbered = false)
        {
            for (var i = numbered ? 1 : 0; ; i++)
            {
                var candidate = i == 0 ? baseName : baseName + (numbered ? "" : "_") + i.ToString(CultureInfo.InvariantCulture);
                if (_taken.Add(candidate)) return Escape(candidate);
            }
        }

        /// <summary>The public name of a parameter's tangent and adjoint: d + PascalCase (theta → dTheta).</summary>
        public static string PublicDerivativeName(string parameter)
        {
            var name = parameter.TrimStart('@');
            // A parameter being typed may have no name yet (the method is then invalid code, never emitted).
            return name.Length == 0 ? "d" : "d" + char.ToUpperInvariant(name[0]) + name.Substring(1);
        }

        /// <summary>A C# identifier for a name: keywords get an @.</summary>
        public static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
