using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    // M_Value: the fast forward (issue 14). The gradient's forward sweep — fused kernels, fused stencils — with nothing
    // recorded, and the tensors the method makes for itself given back to the pool once they are overwritten or the
    // method ends.
    internal sealed partial class AdjointEmitter
    {
        public string ValueName => Model.Name + "_Value";

        /// <summary>
        /// <c>M_Value</c>: M's value computed as the gradient's forward sweep computes it. A private tensor variable
        /// (its values never leave it: read only by kernels and primitives, which keep no reference) owns the value a
        /// fresh-tensor instruction gave it; when it is assigned again, or when the method returns, that value goes back
        /// to the pool. Ownership is a flag per variable at run time, so a value the variable got otherwise (a
        /// parameter, a copy) is never given back.
        /// </summary>
        public void EmitValue()
        {
            var type = Model.ResultKind.CSharpName();
            var parameters = Model.Parameters.Select(p => p.TypeName + " " + Names[p.Variable]);
            Writer.Line("/// <summary>The value of <see cref=\"" + Model.Name + "\"/>, bit for bit, computed as its gradient's forward sweep");
            Writer.Line("/// computes it: fused kernels, temporaries from the pool and given back to it, nothing recorded.</summary>");
            Writer.Line(GeneratedCode.Attribute);
            Writer.Open(Model.Accessibility + " static " + type + " " + ValueName + "(" + string.Join(", ", parameters) + ")");
            DeclarePrimalVariables();
            var owners = new Dictionary<int, string>();
            foreach (var variable in _private.OrderBy(v => v))
            {
                if (!Analysis.IrWalker.Instructions(Model.Body).Any(i => i.Instruction.Target == variable)) continue;
                owners[variable] = Names.Fresh(Names[variable].TrimStart('@') + "_owned");
                Writer.Line("bool " + owners[variable] + " = false;");
            }
            ResetSourceComments();
            foreach (var statement in Model.Body) Owned(statement, owners);
            foreach (var owner in owners) Writer.Line("if (" + owner.Value + ") " + Names[owner.Key] + ".Dispose();");
            Writer.Line("return " + Names[Model.ResultVariable] + ";");
            Writer.Close();
        }

        private void Owned(Statement statement, Dictionary<int, string> owners)
            => Unrecorded(statement, null, null, instruction =>
            {
                if (instruction.Target < 0 || !owners.TryGetValue(instruction.Target, out var owner))
                {
                    UnrecordedInstruction(instruction, null, null);
                    return;
                }
                SourceComment(instruction);
                var previous = Names.Fresh("previous", numbered: true);
                Writer.Line("var " + previous + " = " + Names[instruction.Target] + ";");
                UnrecordedInstruction(instruction, null, null);
                Writer.Line("if (" + owner + ") " + previous + ".Dispose();");
                Writer.Line(owner + " = " + (MakesFreshTensor(instruction) ? "true" : "false") + ";");
            });
    }
}
