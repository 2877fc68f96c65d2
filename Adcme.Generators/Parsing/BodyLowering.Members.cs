using System.Collections.Generic;
using System.Linq;
using System.Text;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        /// <summary>Symbols whose declaration was already reported (a parameter refused by ADCME004, a local declared
        /// with a lambda): expressions that use them would only repeat that error.</summary>
        private readonly HashSet<ISymbol> _rejectedSymbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>The local functions declared in the body: each declaration is reported once, its calls are not.</summary>
        private readonly HashSet<ISymbol> _localFunctions = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>static readonly double[] fields the body reads, each read once into a variable at the start.</summary>
        private readonly Dictionary<IFieldSymbol, int> _tables = new Dictionary<IFieldSymbol, int>(SymbolEqualityComparer.Default);

        private readonly List<Instruction> _tableReads = new List<Instruction>();

        /// <summary>A parameter that ADCME004 refused: its uses report nothing more.</summary>
        public void RejectParameter(IParameterSymbol parameter) => _rejectedSymbols.Add(parameter);

        private void FindLocalFunctions(IOperation body)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is ILocalFunctionOperation local) _localFunctions.Add(local.Symbol);
            }
        }

        /// <summary>The variable that holds a static readonly double[] field: read-only data without derivative, read
        /// once when the method starts (the reference cannot change; its elements are treated like a caller's array).</summary>
        private int TableVariable(IFieldSymbol field)
        {
            if (_tables.TryGetValue(field, out var id)) return id;
            id = NewVariable(field.Name, ValueKind.DoubleArray, VariableRole.Local, "double[]");
            _tables[field] = id;
            var text = Kinds.FullyQualified(field.ContainingType) + "." + field.Name;
            _tableReads.Add(new Instruction(OpCode.Copy, id, new EquatableArray<Operand>(new[] { Operand.Constant(text, ValueKind.DoubleArray) })));
            return id;
        }

        private List<Statement> StartTables(List<Statement> body)
        {
            if (_tableReads.Count == 0) return body;
            var start = _tableReads.Cast<Statement>().ToList();
            start.AddRange(body);
            return start;
        }

        private static bool IsTensorShape(IOperation? operation)
            => operation is IPropertyReferenceOperation { Property.Name: "Shape", Instance: { } owner } && Kinds.Of(owner.Type) == ValueKind.Tensor;

        /// <summary><c>t.Shape[d]</c> and <c>t.Shape.Count</c>: ints without derivative.</summary>
        private Operand LowerShapeRead(IPropertyReferenceOperation read, int? destination)
        {
            var tensor = ((IPropertyReferenceOperation)read.Instance!).Instance!;
            if (read.Property.IsIndexer && read.Arguments.Length == 1)
            {
                var owner = ReadNow(Lower(tensor), read.Arguments[0].Value);
                var dimension = Lower(read.Arguments[0].Value);
                return Produce(OpCode.Member, ValueKind.Int, destination, "Shape", owner, dimension);
            }
            if (read.Property.Name == "Count") return Produce(OpCode.Member, ValueKind.Int, destination, "Rank", Lower(tensor));
            return Unsupported(read, "read a tensor's shape one dimension at a time, 't.Shape[0]', or its rank, 't.Rank'");
        }

        /// <summary>A tensor's <c>Length</c> and <c>Rank</c> (ints without derivative) and its elements, <c>t[i]</c>,
        /// <c>t[i, j]</c>, <c>t[i, j, k]</c> (through the <c>Tensor.Element</c> primitives, differentiable in the tensor).</summary>
        private Operand LowerTensorMember(IPropertyReferenceOperation property, int? destination)
        {
            var name = property.Property.Name;
            if (property.Property.IsIndexer) return LowerTensorElement(property, destination);
            if ((name == "Length" || name == "Rank") && property.Arguments.Length == 0)
            {
                return Produce(OpCode.Member, ValueKind.Int, destination, name, Lower(property.Instance!));
            }
            if (name == "Shape") return Unsupported(property, "read a tensor's shape one dimension at a time, 't.Shape[0]', or its rank, 't.Rank'");
            return Unsupported(property, "a tensor's '" + name + "' cannot be read in differentiable code; read Length, Rank, Shape[d] or its elements 't[i]'");
        }

        private Operand LowerTensorElement(IPropertyReferenceOperation element, int? destination)
        {
            var argument = element.Arguments.Length == 1 ? element.Arguments[0] : null;
            var indices = argument is { ArgumentKind: ArgumentKind.ParamArray, Value: IArrayCreationOperation { Initializer: { } initializer } }
                ? initializer.ElementValues : System.Collections.Immutable.ImmutableArray<IOperation>.Empty;
            var method = indices.IsEmpty ? null : element.Property.ContainingType.GetMembers("Element").OfType<IMethodSymbol>()
                .FirstOrDefault(m => m.IsStatic && m.Parameters.Length == indices.Length + 1 && PrimitiveRules.Attribute(m) is not null);
            if (method is null)
            {
                return Unsupported(element, "index a tensor with one int per dimension, up to three: 't[i]', 't[i, j]' or 't[i, j, k]'");
            }
            var args = new List<Operand> { ReadNow(Lower(element.Instance!), indices.ToArray()) };
            for (var k = 0; k < indices.Length; k++)
            {
                if (KindOrReport(indices[k]) is not ValueKind.Int) return Invalid;
                args.Add(ReadNow(Lower(indices[k]), indices.Skip(k + 1).ToArray()));
            }
            return LowerPrimitive(method, element, null, args.ToArray(), destination);
        }

        /// <summary>Why an expression is not supported, in words, with what to write instead.</summary>
        private static string DescribeExpression(IOperation operation)
        {
            switch (operation)
            {
                case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: false } field } when Kinds.Of(field.Type) == ValueKind.DoubleArray:
                    return "'" + field.Name + "' is a static field that may change; make it 'static readonly', or pass '" + field.Name
                        + "' as a [NoDerivative] double[] parameter";
                case IFieldReferenceOperation { Field: var field }:
                    return "the field '" + field.Name + "' of type '" + field.Type.ToDisplayString() + "' cannot be read in differentiable code; pass '"
                        + field.Name + "' as a parameter (with [NoDerivative] when it is data)";
                case IPropertyReferenceOperation { Property: var property }:
                    return "the property '" + property.Name + "' of type '" + property.Type.ToDisplayString()
                        + "' cannot be read in differentiable code; read it before the call and pass the value as a parameter";
                case IObjectCreationOperation creation:
                    return "a '" + creation.Type?.ToDisplayString() + "' cannot be created in differentiable code; create it outside and pass it as a [NoDerivative] parameter";
                case ITupleOperation:
                    return "a tuple is not a value differentiable code can hold; use separate variables (assigning several at once, '(a, b) = (b, a)', is supported)";
                case IDeconstructionAssignmentOperation:
                    return "a deconstruction must be a statement of its own, '(a, b) = (b, a);'";
                case IIsPatternOperation:
                case IIsTypeOperation:
                    return "an 'is' test is not supported; compare with ==, <, > or use a switch expression";
                case ICoalesceOperation:
                case IConditionalAccessOperation:
                    return "null checks with ?? and ?. are not supported; test for null before calling the differentiable method";
                case IInterpolatedStringOperation:
                case ILiteralOperation { Type.SpecialType: SpecialType.System_String }:
                    return "strings are not supported in differentiable code; format and print values outside it";
                case IRangeOperation:
                    return "ranges are not supported; use a for loop over the indices";
                case IParameterReferenceOperation parameter:
                    return "the parameter '" + parameter.Parameter.Name + "' cannot be used here";
                case ILocalReferenceOperation local:
                    return "the local '" + local.Local.Name + "' cannot be used here";
            }
            return Words(operation.Kind.ToString()) + " is not supported in differentiable code; write it with arithmetic, Math functions, "
                + "arrays and Tensor operations";
        }

        /// <summary>"DeconstructionAssignment" → "a deconstruction assignment".</summary>
        private static string Words(string kind)
        {
            var words = new StringBuilder();
            foreach (var c in kind)
            {
                if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
                words.Append(char.ToLowerInvariant(c));
            }
            var text = words.ToString();
            return ("aeiou".IndexOf(text[0]) >= 0 ? "an " : "a ") + text;
        }
    }
}
