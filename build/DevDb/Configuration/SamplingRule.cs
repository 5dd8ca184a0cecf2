using System.Globalization;
using DevDb.Common;

namespace DevDb.Configuration;

public enum RuleKind { All, None, Percent, Filter }

/// <summary>How the seed rows of one table are chosen. <c>Filter</c> is a WHERE and/or a LIMIT.</summary>
public sealed record SamplingRule(RuleKind Kind, double? Percent = null, long? Limit = null, string? Where = null)
{
    public static readonly SamplingRule All = new(RuleKind.All);
    public static readonly SamplingRule None = new(RuleKind.None);
    public static readonly SamplingRule DefaultRule = new(RuleKind.Percent, Percent: 10);

    public override string ToString()
    {
        var parts = new List<string>();
        switch (Kind)
        {
            case RuleKind.All: return "all";
            case RuleKind.None: return "none";
            case RuleKind.Percent: parts.Add("percent " + Percent!.Value.ToString("0.####", CultureInfo.InvariantCulture)); break;
        }
        if (Where is not null) parts.Add("where " + Where);
        if (Limit is not null) parts.Add("limit " + Limit.Value.ToString(CultureInfo.InvariantCulture));
        return string.Join(", ", parts);
    }
}

/// <summary>
/// Checks that a user's WHERE text stays one boolean expression once wrapped in parentheses:
/// no statement separator and no closing parenthesis that would escape the wrapping, outside
/// string literals, quoted identifiers and dollar quotes. PostgreSQL then checks its meaning.
/// </summary>
public static class WhereClauseGuard
{
    public static string? Problem(string where)
    {
        if (string.IsNullOrWhiteSpace(where)) return "is empty";
        var depth = 0;
        for (var i = 0; i < where.Length; i++)
        {
            var c = where[i];
            switch (c)
            {
                case '\'':
                    i = SkipQuoted(where, i, '\'');
                    if (i < 0) return "has an unclosed string literal";
                    break;
                case '"':
                    i = SkipQuoted(where, i, '"');
                    if (i < 0) return "has an unclosed quoted identifier";
                    break;
                case '$':
                    var tagEnd = DollarTagEnd(where, i);
                    if (tagEnd > 0)
                    {
                        var tag = where[i..(tagEnd + 1)];
                        var close = where.IndexOf(tag, tagEnd + 1, StringComparison.Ordinal);
                        if (close < 0) return "has an unclosed dollar-quoted string";
                        i = close + tag.Length - 1;
                    }
                    break;
                case '-' when i + 1 < where.Length && where[i + 1] == '-':
                    return "contains a -- comment";
                case '/' when i + 1 < where.Length && where[i + 1] == '*':
                    return "contains a /* comment */";
                case ';':
                    return "contains ';': it must be one condition, not statements";
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth < 0) return "has an unmatched ')'";
                    break;
            }
        }
        return depth == 0 ? null : "has an unmatched '('";
    }

    static int SkipQuoted(string s, int start, char quote)
    {
        for (var i = start + 1; i < s.Length; i++)
        {
            if (s[i] != quote) continue;
            if (i + 1 < s.Length && s[i + 1] == quote) { i++; continue; }
            return i;
        }
        return -1;
    }

    /// <summary>Index of the closing '$' of a dollar-quote tag starting at <paramref name="start"/>, or -1.</summary>
    static int DollarTagEnd(string s, int start)
    {
        if (start > 0 && (char.IsLetterOrDigit(s[start - 1]) || s[start - 1] == '_')) return -1; // $1 params, identifiers with $
        for (var i = start + 1; i < s.Length; i++)
        {
            if (s[i] == '$') return i;
            if (!(char.IsLetter(s[i]) || s[i] == '_' || (i > start + 1 && char.IsDigit(s[i])))) return -1;
        }
        return -1;
    }
}
