using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Adcme.Generators.Model
{
    /// <summary>Identity comparison for IR nodes (records compare by value; two equal instructions at
    /// different places are different program points). netstandard2.0 has no built-in one.</summary>
    internal sealed class IdentityComparer : IEqualityComparer<object>
    {
        public static readonly IdentityComparer Instance = new IdentityComparer();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
