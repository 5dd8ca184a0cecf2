using System.Text;

namespace DevDb.Connections;

/// <summary>
/// libpq's password file: lines of <c>hostname:port:database:username:password</c>, <c>*</c> matching
/// anything, <c>\:</c> and <c>\\</c> escaping, first match wins. On Unix the file is ignored, with a
/// warning, when group or others may read it, as libpq does.
/// </summary>
public sealed class PgPassFile
{
    readonly List<string[]> _entries;

    PgPassFile(List<string[]> entries) => _entries = entries;

    public static PgPassFile Parse(string text)
    {
        var entries = new List<string[]>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = SplitFields(line);
            if (fields.Count >= 5) entries.Add([fields[0], fields[1], fields[2], fields[3], string.Join(":", fields.Skip(4))]);
        }
        return new PgPassFile(entries);
    }

    /// <summary>Loads the file, or returns null with a reason when it is missing or too open.</summary>
    public static PgPassFile? Load(string path, Action<string> warn)
    {
        if (!File.Exists(path)) return null;
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode tooOpen = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
            if ((mode & tooOpen) != 0)
            {
                warn($"password file \"{path}\" has group or world access; permissions should be u=rw (0600) or less; ignoring it");
                return null;
            }
        }
        return Parse(File.ReadAllText(path));
    }

    /// <summary>The password for a connection; a Unix-socket host matches entries for localhost, as in libpq.</summary>
    public string? Find(string host, int port, string database, string user)
    {
        var hostForMatch = host.StartsWith('/') ? "localhost" : host;
        var portText = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var e in _entries)
        {
            if (Matches(e[0], hostForMatch) && Matches(e[1], portText) && Matches(e[2], database) && Matches(e[3], user))
                return e[4];
        }
        return null;
    }

    static bool Matches(string pattern, string value) => pattern == "*" || pattern == value;

    static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length) { current.Append(line[++i]); continue; }
            if (c == ':') { fields.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
