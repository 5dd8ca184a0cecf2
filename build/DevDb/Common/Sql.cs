using System.Text;

namespace DevDb.Common;

/// <summary>The one place identifiers become SQL text: double quotes, embedded quotes doubled.</summary>
public static class Sql
{
    public static string Quote(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.Length == 0) throw new DevDbException("an empty name is not a valid SQL identifier", ExitCodes.BadInput);
        if (identifier.Contains('\0')) throw new DevDbException("a SQL identifier cannot contain a NUL character", ExitCodes.BadInput);
        return "\"" + identifier.Replace("\"", "\"\"") + "\"";
    }

    public static string Quote(string schema, string name) => Quote(schema) + "." + Quote(name);

    public static string QuoteList(IEnumerable<string> identifiers) => string.Join(", ", identifiers.Select(Quote));
}

/// <summary>A schema-qualified relation name.</summary>
public readonly record struct TableName(string Schema, string Name) : IComparable<TableName>
{
    public string Quoted => Sql.Quote(Schema, Name);

    /// <summary>Human-readable form used in config keys and messages: quotes only where needed.</summary>
    public override string ToString() => Display(Schema) + "." + Display(Name);

    public int CompareTo(TableName other)
    {
        var bySchema = string.CompareOrdinal(Schema, other.Schema);
        return bySchema != 0 ? bySchema : string.CompareOrdinal(Name, other.Name);
    }

    static string Display(string part) =>
        part.Length > 0 && part.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') && !char.IsDigit(part[0])
            ? part
            : Sql.Quote(part);

    /// <summary>Parses <c>schema.table</c>, <c>table</c> (schema public) or double-quoted parts, e.g. <c>"My Schema"."a.b"</c>.</summary>
    public static TableName Parse(string text, string defaultSchema = "public")
    {
        var parts = SplitQualifiedName(text);
        return parts.Count switch
        {
            1 => new TableName(defaultSchema, parts[0]),
            2 => new TableName(parts[0], parts[1]),
            _ => throw new DevDbException($"'{text}' is not a table name; write schema.table", ExitCodes.BadInput),
        };
    }

    /// <summary>Splits a dotted name, honouring double quotes. Unquoted parts fold to lower case, as PostgreSQL does.</summary>
    public static List<string> SplitQualifiedName(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var partWasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { current.Append('"'); i++; }
                    else quoted = false;
                }
                else current.Append(c);
            }
            else if (c == '"') { quoted = true; partWasQuoted = true; }
            else if (c == '.') { parts.Add(Finish()); }
            else if (char.IsWhiteSpace(c) && current.Length == 0 && !partWasQuoted) { }
            else current.Append(char.ToLowerInvariant(c));
        }
        if (quoted) throw new DevDbException($"'{text}' has an unclosed double quote", ExitCodes.BadInput);
        parts.Add(Finish());
        return parts;

        string Finish()
        {
            var part = partWasQuoted ? current.ToString() : current.ToString().TrimEnd();
            if (part.Length == 0) throw new DevDbException($"'{text}' is not a table name; write schema.table", ExitCodes.BadInput);
            current.Clear();
            partWasQuoted = false;
            return part;
        }
    }
}
