# docgraph.bash - bash completion for docgraph.
#
# What is offered comes from the program: the commands, each command's
# options and the values of those that take a fixed set (formats) from
# `docgraph help --complete [COMMAND]`, which prints them from the same
# option tables that parse the command line; the saved queries from
# `docgraph queries --names` (so a query added to ~/.config/docgraph/queries
# is offered too). Nothing here lists an option or a format.
#
# The protocol (see docgraph(1), help --complete): one option a line, its
# spellings ("-f --format"), then "=VALUE-NAME" and the fixed values if it
# takes a value; a last line ": OPERANDS" (the synopsis's "PATH...").
# A value named ...FILE or PATH... is a file, DIR or SPEC a directory.

_docgraph()
{
    local cur prev dg cmd optword= line w i qdir= operands= arg= choices=
    local -a ws names opts
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

    # the docgraph being completed: the word typed, if it can be run
    dg=${COMP_WORDS[0]}
    [[ $dg == \~* ]] && dg=${dg/#\~/$HOME}
    command -v -- "$dg" >/dev/null 2>&1 || dg=docgraph

    # --option=VALUE: bash splits the word at '=' (COMP_WORDBREAKS)
    if [[ $cur == = ]]; then
        optword=$prev
        cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        optword=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $prev == -* ]]; then
        optword=$prev
    fi

    if ((COMP_CWORD == 1)); then
        while read -r line; do
            if [[ $line == -* ]]; then
                [[ $cur == -* ]] && COMPREPLY+=($(compgen -W "$line" -- "$cur"))
            elif [[ $cur != -* && $line == "$cur"* ]]; then
                COMPREPLY+=("$line")
            fi
        done < <("$dg" help --complete 2>/dev/null)
        return 0
    fi

    cmd=${COMP_WORDS[1]}
    while read -r line; do
        read -r -a ws <<<"$line"
        if [[ ${ws[0]} == : ]]; then
            operands=${ws[1]}
            continue
        fi
        names=()
        local a= ch=
        for w in "${ws[@]}"; do
            case $w in
                -*) names+=("$w") ;;
                =*) a=${w#=} ;;
                *) ch+=" $w" ;;
            esac
        done
        opts+=("${names[@]}")
        if [[ -n $a && -n $optword ]]; then
            for w in "${names[@]}"; do
                [[ $w == "$optword" ]] && arg=$a && choices=$ch
            done
        fi
    done < <("$dg" help --complete "$cmd" 2>/dev/null)

    # the value of an option
    if [[ -n $arg ]]; then
        if [[ -n $choices ]]; then
            COMPREPLY=($(compgen -W "$choices" -- "$cur"))
        elif [[ $arg == *FILE* || $arg == PATH* ]]; then
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        elif [[ $arg == DIR || $arg == SPEC ]]; then
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        fi
        return 0
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${opts[*]}" -- "$cur"))
        return 0
    fi

    case $operands in
        *COMMAND*)
            while read -r line; do
                [[ $line != -* && $line == "$cur"* ]] && COMPREPLY+=("$line")
            done < <("$dg" help --complete 2>/dev/null)
            ;;
        *NAME*)
            # the folder of saved queries the command line names, if any
            for ((i = 2; i < COMP_CWORD; i++)); do
                if [[ ${COMP_WORDS[i]} == --query-dir ]]; then
                    qdir=${COMP_WORDS[i + 1]}
                    [[ $qdir == = ]] && qdir=${COMP_WORDS[i + 2]}
                fi
            done
            COMPREPLY=($(compgen -W "$("$dg" queries --names ${qdir:+"--query-dir=$qdir"} 2>/dev/null)" -- "$cur"))
            if [[ $operands == *FILE* ]]; then
                compopt -o filenames 2>/dev/null
                mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -X '!*.rq' -- "$cur"; compgen -d -- "$cur")
            fi
            ;;
        *PATH* | *FILE*)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            ;;
    esac
    return 0
}
complete -F _docgraph docgraph
