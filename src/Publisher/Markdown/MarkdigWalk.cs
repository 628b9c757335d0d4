using System.Text;
using Publisher.Document;
using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publisher.Markdown;

/// <summary>Walks Markdig trees with an explicit stack, so deep input cannot exhaust the call stack.</summary>
internal static class MarkdigWalk
{
    /// <summary>Every block below <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<Md.Block> Blocks(Md.ContainerBlock root)
    {
        var stack = new Stack<Md.Block>();
        for (var i = root.Count - 1; i >= 0; i--)
        {
            stack.Push(root[i]);
        }

        while (stack.Count > 0)
        {
            var block = stack.Pop();
            yield return block;
            if (block is Md.ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    stack.Push(container[i]);
                }
            }
        }
    }

    /// <summary>Every inline below <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<MdInlines.Inline> Inlines(MdInlines.ContainerInline? root)
    {
        if (root is null)
        {
            yield break;
        }

        var stack = new Stack<MdInlines.Inline>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            yield return inline;
            if (inline is MdInlines.ContainerInline container)
            {
                PushChildren(stack, container);
            }
        }
    }

    private static void PushChildren(Stack<MdInlines.Inline> stack, MdInlines.ContainerInline container)
    {
        var children = new List<MdInlines.Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    /// <summary>Whether the inline sits inside a link (not an image), where another link cannot go.</summary>
    public static bool IsInsideLink(MdInlines.Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is MdInlines.LinkInline { IsImage: false })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text a reader sees in some inlines (for slugs, titles and alt text).</summary>
    public static string PlainText(MdInlines.ContainerInline? root)
    {
        var text = new StringBuilder();
        foreach (var inline in Inlines(root))
        {
            switch (inline)
            {
                case MdInlines.LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case MdInlines.CodeInline code: text.Append(code.Content); break;
                case MdInlines.HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case MdInlines.AutolinkInline autolink: text.Append(autolink.Url); break;
                case MdInlines.LineBreakInline: text.Append(' '); break;
            }
        }

        return XmlCharacters.Clean(text.ToString().Trim());
    }
}
