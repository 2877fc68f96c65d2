using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        private void LowerStatement(IOperation operation, bool isTail)
        {
            var block = _current;
            var start = block.Count;
            LowerStatementCore(operation, isTail);
            // Blocks only hold other statements, which mark their own instructions.
            if (operation is IMethodBodyOperation or IBlockOperation || !ReferenceEquals(block, _current)) return;
            var source = SourceOf(operation.Syntax);
            for (var i = start; i < block.Count; i++) block[i] = Mark(block[i], source);
        }

        /// <summary>Marks the instructions of a statement that no inner statement marked (a loop header's, say).</summary>
        private Statement Mark(Statement statement, SourceLine source) => statement switch
        {
            Instruction instruction when instruction.Source is null => Marked(instruction, source),
            IfStatement branch => branch with { Then = Mark(branch.Then, source), Else = Mark(branch.Else, source) },
            LoopStatement loop => loop with { Condition = Mark(loop.Condition, source), Body = Mark(loop.Body, source) },
            _ => statement,
        };

        /// <summary>The instruction with its source line; a token site follows it to the copy.</summary>
        private Instruction Marked(Instruction instruction, SourceLine source)
        {
            var marked = instruction with { Source = source };
            if (TokenSites.TryGetValue(instruction, out var site))
            {
                TokenSites.Remove(instruction);
                TokenSites[marked] = site;
            }
            return marked;
        }

        private EquatableArray<Statement> Mark(EquatableArray<Statement> block, SourceLine source)
            => block.Select(statement => Mark(statement, source)).ToEquatableArray();

        /// <summary>The statement's line and its first line of text (a compound statement's header).</summary>
        private static SourceLine SourceOf(SyntaxNode syntax)
        {
            var line = syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            var text = syntax.ToString();
            var end = text.IndexOfAny(new[] { '\r', '\n' });
            var more = end >= 0;
            if (more) text = text.Substring(0, end);
            text = text.Trim();
            if (text.Length > 100)
            {
                text = text.Substring(0, 100);
                more = true;
            }
            return new SourceLine(line, more ? text + " …" : text);
        }

        private void LowerStatementCore(IOperation operation, bool isTail)
        {
            if (IsSimpleStatement(operation) && ReportLambdas(operation)) return;
            switch (operation)
            {
                case IMethodBodyOperation body:
                    LowerStatement((IOperation?)body.BlockBody ?? body.ExpressionBody!, isTail);
                    return;
                case IBlockOperation block when block.Syntax.Parent is UnsafeStatementSyntax:
                    Report(DiagnosticDescriptors.UnsupportedStatement, block.Syntax.Parent, "unsafe block", "remove 'unsafe' and index double[] arrays instead of pointers");
                    return;
                case IBlockOperation block:
                    LowerStatements(block.Operations, 0, isTail);
                    return;
                case IVariableDeclarationGroupOperation group:
                    foreach (var declaration in group.Declarations) LowerDeclaration(declaration);
                    return;
                case IExpressionStatementOperation expression:
                    LowerEffect(expression.Operation);
                    return;
                case IReturnOperation ret when ret.Kind == OperationKind.Return:
                    if (ret.ReturnedValue is not null) Lower(ret.ReturnedValue, ResultVariable);
                    if (!isTail) Emit(OpCode.Copy, ReturnedFlag, BoolLiteral(true));
                    return;
                case IConditionalOperation conditional:
                    LowerIf(conditional, isTail);
                    return;
                case IForLoopOperation forLoop:
                    LowerLoop(forLoop, forLoop.Before, forLoop.Condition, forLoop.AtLoopBottom, conditionFirst: true);
                    return;
                case IWhileLoopOperation whileLoop when !whileLoop.ConditionIsUntil:
                    LowerLoop(whileLoop, ImmutableArray<IOperation>.Empty, whileLoop.Condition, ImmutableArray<IOperation>.Empty, whileLoop.ConditionIsTop);
                    return;
                case IForEachLoopOperation forEach:
                    LowerForEach(forEach);
                    return;
                case IBranchOperation branch when branch.BranchKind == BranchKind.Break || branch.BranchKind == BranchKind.Continue:
                    LowerBranch(branch);
                    return;
                case IEmptyOperation:
                    return;
                case IInvalidOperation:
                    SawInvalidCode = true;
                    return;
                default:
                    var (description, fix) = DescribeStatement(operation);
                    Report(DiagnosticDescriptors.UnsupportedStatement, operation.Syntax, description, fix);
                    return;
            }
        }

        /// <summary>Lowers statements from <paramref name="start"/> on. After a statement that may return,
        /// break or continue, the rest of the block runs only while none of those flags is set.</summary>
        private void LowerStatements(ImmutableArray<IOperation> statements, int start, bool isTail)
        {
            for (var i = start; i < statements.Length; i++)
            {
                var last = i == statements.Length - 1;
                LowerStatement(statements[i], isTail && last);
                if (last) return;
                var flags = ExitFlagsSetBy(statements[i]);
                if (flags.Count == 0) continue;
                var stop = Operand.Of(_variables[flags[0]]);
                for (var f = 1; f < flags.Count; f++)
                {
                    var either = NewTemp(ValueKind.Bool);
                    Emit(OpCode.Or, either, stop, Operand.Of(_variables[flags[f]]));
                    stop = Operand.Of(_variables[either]);
                }
                var go = NewTemp(ValueKind.Bool);
                Emit(OpCode.Not, go, stop);
                var next = i + 1;
                var rest = Capture(() => LowerStatements(statements, next, isTail));
                Emit(new IfStatement(Operand.Of(_variables[go]), rest, EquatableArray<Statement>.Empty));
                return;
            }
        }

        /// <summary>The flags a statement may set that affect the statements after it in the same block.</summary>
        private List<int> ExitFlagsSetBy(IOperation statement)
        {
            var flags = new List<int>();
            void Add(int flag)
            {
                if (flag >= 0 && !flags.Contains(flag)) flags.Add(flag);
            }
            foreach (var operation in statement.DescendantsAndSelf())
            {
                if (operation is IReturnOperation { Kind: OperationKind.Return }) Add(ReturnedFlag);
                if (operation is IBranchOperation branch)
                {
                    foreach (var loop in _loops)
                    {
                        if (SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel)) Add(loop.BreakFlag);
                        if (SymbolEqualityComparer.Default.Equals(branch.Target, loop.ContinueLabel)) Add(loop.ContinueFlag);
                    }
                }
            }
            return flags;
        }

        private void LowerDeclaration(IVariableDeclarationOperation declaration)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var local = declarator.Symbol;
                if (local.RefKind != RefKind.None)
                {
                    Report(DiagnosticDescriptors.UnsupportedStatement, declarator.Syntax, "ref local", "declare an ordinary local and assign it");
                    // Still declare it, so that its uses do not each report an error of their own.
                    _symbols[local] = NewVariable(local.Name, Kinds.Of(local.Type) ?? ValueKind.Opaque, VariableRole.Local, Kinds.FullyQualified(local.Type));
                    continue;
                }
                var kind = Kinds.Of(local.Type);
                if (kind is null)
                {
                    if (local.Type.TypeKind == TypeKind.Error) { SawInvalidCode = true; continue; }
                    Report(DiagnosticDescriptors.UnsupportedExpression, declarator.Syntax, declarator.Syntax.ToString(),
                        "locals of type '" + local.Type.ToDisplayString() + "' are not supported");
                    // Still declare it, so that its uses do not each report an error of their own.
                    _symbols[local] = NewVariable(local.Name, ValueKind.Opaque, VariableRole.Local, Kinds.FullyQualified(local.Type));
                    _rejected.Add(_symbols[local]);
                    continue;
                }
                var id = NewVariable(local.Name, kind.Value, VariableRole.Local, Kinds.FullyQualified(local.Type));
                _symbols[local] = id;
                var initializer = declarator.Initializer ?? declaration.Initializer;
                if (initializer is not null) Lower(initializer.Value, id);
            }
        }

        private void LowerIf(IConditionalOperation conditional, bool isTail)
        {
            var condition = Lower(conditional.Condition);
            var then = Capture(() => LowerStatement(conditional.WhenTrue, isTail));
            var otherwise = conditional.WhenFalse is null
                ? EquatableArray<Statement>.Empty
                : Capture(() => LowerStatement(conditional.WhenFalse, isTail));
            Emit(new IfStatement(condition, then, otherwise));
        }

        private void LowerBranch(IBranchOperation branch)
        {
            foreach (var loop in _loops)
            {
                if (branch.BranchKind == BranchKind.Break && SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel))
                {
                    Emit(OpCode.Copy, loop.BreakFlag, BoolLiteral(true));
                    return;
                }
                if (branch.BranchKind == BranchKind.Continue && SymbolEqualityComparer.Default.Equals(branch.Target, loop.ContinueLabel))
                {
                    Emit(OpCode.Copy, loop.ContinueFlag, BoolLiteral(true));
                    return;
                }
            }
            Report(DiagnosticDescriptors.UnsupportedStatement, branch.Syntax, "jump out of a switch", "use if/else instead of the switch statement");
        }

        private static bool IsSimpleStatement(IOperation operation)
            => operation is IVariableDeclarationGroupOperation || operation is IExpressionStatementOperation || operation is IReturnOperation;

        /// <summary>Lambdas hide code the generator cannot see through; report each one.</summary>
        private bool ReportLambdas(IOperation statement)
        {
            var found = false;
            foreach (var lambda in statement.Descendants())
            {
                if (lambda is not IAnonymousFunctionOperation) continue;
                Report(DiagnosticDescriptors.UnsupportedStatement, lambda.Syntax, "lambda expression", LambdaFix);
                found = true;
            }
            // The statement is skipped: what it declares is rejected with it (a delegate's calls report nothing more).
            if (found && statement is IVariableDeclarationGroupOperation group)
            {
                foreach (var declarator in group.Declarations.SelectMany(d => d.Declarators)) _rejectedSymbols.Add(declarator.Symbol);
            }
            return found;
        }

        private const string LambdaFix = "write the function as a private static [Differentiable] method of the class and call that";
        private const string ThrowFix = "check the arguments before calling the differentiable method";
        private const string LocalFunctionFix = "make it a private static [Differentiable] method of the class and call that (a local function cannot carry [Differentiable])";

        /// <summary>What a statement is, in words, and what to write instead.</summary>
        private static (string Description, string Fix) DescribeStatement(IOperation operation)
        {
            switch (operation)
            {
                case ITryOperation: return ("try statement", "handle errors in the code that calls the differentiable method");
                case IBranchOperation: return ("goto statement", "use a loop with break or continue");
                case ILabeledOperation: return ("labeled statement", "remove the label and use a loop with break or continue");
                case ILocalFunctionOperation: return ("local function", LocalFunctionFix);
                case ISwitchOperation: return ("switch statement", "use if/else, or a switch expression");
                case IForEachLoopOperation: return ("foreach loop", "use a for loop with an index");
                case IUsingOperation: return ("using statement", "create and dispose the resource in the code that calls the differentiable method");
                case ILockOperation: return ("lock statement", "take the lock in the code that calls the differentiable method");
                case IThrowOperation: return ("throw statement", ThrowFix);
                case IReturnOperation: return ("yield statement", "return one value");
                case IWhileLoopOperation: return ("do-until loop", "use a while loop");
            }
            if (operation.Syntax is FixedStatementSyntax) return ("fixed statement", "index double[] arrays instead of pointers");
            return (operation.Syntax.Kind().ToString(), "rewrite it with assignments, if, for and while");
        }
    }
}
