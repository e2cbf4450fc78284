namespace SaySomething.Cli.Scanning;

/// <summary>Finds where a record ends in UTF-8 input that arrives in chunks; keeps its state between chunks.</summary>
internal abstract class RecordBoundary
{
    /// <summary>The index in <paramref name="data"/> of the line feed that ends the current record, or -1 when it goes on.</summary>
    public abstract int FindEnd(ReadOnlySpan<byte> data);

    /// <summary>Starts a new record (after an end was found).</summary>
    public virtual void Reset()
    {
    }

    /// <summary>One record per line: JSON Lines.</summary>
    public sealed class Lines : RecordBoundary
    {
        public override int FindEnd(ReadOnlySpan<byte> data) => data.IndexOf((byte)'\n');
    }

    /// <summary>
    /// RFC 4180 records: a line feed ends the record unless it is inside a quoted field. Only where records end is
    /// decided here, so that a huge or unclosed quoted field can be capped without buffering the rest of the file;
    /// the fields are read by CsvHelper. A quote opens a quoted field only at the start of a field, <c>""</c> inside
    /// one is a quote, and text after a closing quote stays in the field, as CsvHelper reads them.
    /// </summary>
    public sealed class Csv : RecordBoundary
    {
        private State _state = State.FieldStart;

        private enum State : byte
        {
            FieldStart,
            Unquoted,
            Quoted,
            QuoteInQuoted,
        }

        public override int FindEnd(ReadOnlySpan<byte> data)
        {
            var state = _state;
            for (var i = 0; i < data.Length; i++)
            {
                var b = data[i];
                switch (state)
                {
                    case State.Quoted:
                        if (b == (byte)'"')
                        {
                            state = State.QuoteInQuoted;
                        }

                        break;

                    case State.QuoteInQuoted when b == (byte)'"':
                        state = State.Quoted; // An escaped quote.
                        break;

                    default: // FieldStart, Unquoted, or the byte after a closing quote.
                        if (b == (byte)'\n')
                        {
                            _state = State.FieldStart;
                            return i;
                        }

                        state = b switch
                        {
                            (byte)',' => State.FieldStart,
                            (byte)'"' when state == State.FieldStart => State.Quoted,
                            _ => State.Unquoted,
                        };
                        break;
                }
            }

            _state = state;
            return -1;
        }

        public override void Reset() => _state = State.FieldStart;
    }
}
