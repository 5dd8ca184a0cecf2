using System.Text.RegularExpressions;

namespace DevDb.Common;

/// <summary>
/// Loads the SQL files under <c>sql/</c>. Files may hold <c>{{name}}</c> placeholders, which only
/// identifiers fill, always through <see cref="Sql.Quote(string)"/>; values are bound as parameters.
/// </summary>
public sealed partial class SqlFiles
{
    readonly string _root;
    readonly Dictionary<string, string> _cache = new();

    public SqlFiles(string sqlDirectory)
    {
        if (!Directory.Exists(sqlDirectory)) throw new DevDbException($"SQL folder not found: {sqlDirectory}");
        _root = sqlDirectory;
    }

    public string Load(string relativePath)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(relativePath, out var text)) return text;
            var path = Path.Combine(_root, relativePath);
            if (!File.Exists(path)) throw new DevDbException($"SQL file missing: sql/{relativePath}");
            return _cache[relativePath] = File.ReadAllText(path);
        }
    }

    /// <summary>Fills placeholders with identifiers (quoted here) or fragments made of quoted identifiers.</summary>
    public string Render(string relativePath, Dictionary<string, SqlFragment>? fragments = null)
    {
        var text = Load(relativePath);
        var result = Placeholder().Replace(text, m =>
        {
            var key = m.Groups[1].Value;
            if (fragments is null || !fragments.TryGetValue(key, out var fragment))
                throw new InvalidOperationException($"sql/{relativePath}: no value for placeholder {{{{{key}}}}}");
            return fragment.Text;
        });
        return result;
    }

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}

/// <summary>SQL text that is safe to splice: built only from quoted identifiers and fixed SQL.</summary>
public readonly record struct SqlFragment(string Text)
{
    public static SqlFragment Identifier(string name) => new(Sql.Quote(name));
    public static SqlFragment Table(TableName table) => new(table.Quoted);
    public static SqlFragment Identifiers(IEnumerable<string> names) => new(Sql.QuoteList(names));
    public static implicit operator SqlFragment(TableName table) => Table(table);
}
