using System.Text;

namespace Adcme.Generators
{
    /// <summary>An indenting text writer for generated code: LF line endings, four spaces a level.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public SourceWriter(int indent = 0) => _indent = indent;

        public int Indent => _indent;

        /// <summary>Appends text written by another writer, already indented.</summary>
        public SourceWriter Raw(string text)
        {
            _builder.Append(text);
            return this;
        }

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
            _builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string header)
        {
            if (header.Length > 0) Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
            return this;
        }

        public override string ToString() => _builder.ToString();
    }
}
