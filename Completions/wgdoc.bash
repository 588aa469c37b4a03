#!/bin/bash

__wgdoc_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__wgdoc_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__wgdoc_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__wgdoc_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_wgdoc() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __wgdoc_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    validate|build|rules|config|new|import-activities|export-activities|fmt|xliff|bench|help)
        # Offer subcommand argument completions
        "_wgdoc_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'validate build rules config new import-activities export-activities fmt xliff bench help' -- "${cur}"))
        ;;
    esac
}

_wgdoc_validate() {
    repeating_flags=()
    non_repeating_flags=(--werror --no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--stdin-filename --jobs --format --source-root --templates --max-input-size --config)
    __wgdoc_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--stdin-filename')
        return
        ;;
    '--jobs')
        return
        ;;
    '--format')
        __wgdoc_add_completions -W 'human'$'\n''json'$'\n''sarif'$'\n''github'
        return
        ;;
    '--source-root')
        __wgdoc_add_completions -d
        return
        ;;
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    esac
}

_wgdoc_build() {
    repeating_flags=()
    non_repeating_flags=(--verify --no-config --version -h --help)
    repeating_options=(--format --rule)
    non_repeating_options=(--output --width --templates --max-input-size --config)
    __wgdoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __wgdoc_add_completions -W 'text'$'\n''html'$'\n''docx'$'\n''flatxml'$'\n''pdf'$'\n''all'
        return
        ;;
    '--output')
        __wgdoc_add_completions -d
        return
        ;;
    '--width')
        return
        ;;
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    esac
}

_wgdoc_rules() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--format)
    __wgdoc_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--format')
        __wgdoc_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_wgdoc_config() {
    repeating_flags=()
    non_repeating_flags=(--no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--templates --max-input-size --config)
    __wgdoc_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_wgdoc_new() {
    repeating_flags=()
    non_repeating_flags=(--force --no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--from --output --templates --max-input-size --config)
    __wgdoc_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--from')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    '--output')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_wgdoc_import-activities() {
    repeating_flags=()
    non_repeating_flags=(--planned --no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--into --annex --output --lang --templates --max-input-size --config)
    __wgdoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--into')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    '--annex')
        return
        ;;
    '--output')
        return
        ;;
    '--lang')
        return
        ;;
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __wgdoc_add_completions -o plusdirs -fX '!*.@(csv)'
        return
        ;;
    esac
}

_wgdoc_export-activities() {
    repeating_flags=()
    non_repeating_flags=(--bom --no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--annex --output --header-language --templates --max-input-size --config)
    __wgdoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--annex')
        return
        ;;
    '--output')
        return
        ;;
    '--header-language')
        return
        ;;
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    esac
}

_wgdoc_fmt() {
    repeating_flags=()
    non_repeating_flags=(--check --no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--templates --max-input-size --config)
    __wgdoc_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    esac
}

_wgdoc_xliff() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __wgdoc_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    extract|merge)
        # Offer subcommand argument completions
        "_wgdoc_xliff_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'extract merge' -- "${cur}"))
        ;;
    esac
}

_wgdoc_xliff_extract() {
    repeating_flags=()
    non_repeating_flags=(--no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--target-lang --output --previous --templates --max-input-size --config)
    __wgdoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--target-lang')
        return
        ;;
    '--output')
        return
        ;;
    '--previous')
        return
        ;;
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_wgdoc_xliff_merge() {
    repeating_flags=()
    non_repeating_flags=(--no-config --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--original --output --templates --max-input-size --config)
    __wgdoc_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--original')
        return
        ;;
    '--output')
        return
        ;;
    '--templates')
        __wgdoc_add_completions -d
        return
        ;;
    '--max-input-size')
        return
        ;;
    '--rule')
        __wgdoc_add_completions -W 'annex.co-organizer-mark=off'$'\n''annex.co-organizer-mark=note'$'\n''annex.co-organizer-mark=warning'$'\n''annex.co-organizer-mark=error'$'\n''annex.duplicate-participant=off'$'\n''annex.duplicate-participant=note'$'\n''annex.duplicate-participant=warning'$'\n''annex.duplicate-participant=error'$'\n''annex.legend-source=off'$'\n''annex.legend-source=note'$'\n''annex.legend-source=warning'$'\n''annex.legend-source=error'$'\n''annex.planned-count=off'$'\n''annex.planned-count=note'$'\n''annex.planned-count=warning'$'\n''annex.planned-count=error'$'\n''annex.undefined-category=off'$'\n''annex.undefined-category=note'$'\n''annex.undefined-category=warning'$'\n''annex.undefined-category=error'$'\n''annex.unused-category=off'$'\n''annex.unused-category=note'$'\n''annex.unused-category=warning'$'\n''annex.unused-category=error'$'\n''date.document-meeting=off'$'\n''date.document-meeting=note'$'\n''date.document-meeting=warning'$'\n''date.document-meeting=error'$'\n''date.order=off'$'\n''date.order=note'$'\n''date.order=warning'$'\n''date.order=error'$'\n''date.outside-period=off'$'\n''date.outside-period=note'$'\n''date.outside-period=warning'$'\n''date.outside-period=error'$'\n''figures.contradicted=off'$'\n''figures.contradicted=note'$'\n''figures.contradicted=warning'$'\n''figures.contradicted=error'$'\n''figures.empty-scope=off'$'\n''figures.empty-scope=note'$'\n''figures.empty-scope=warning'$'\n''figures.empty-scope=error'$'\n''figures.plain-contradicted=off'$'\n''figures.plain-contradicted=note'$'\n''figures.plain-contradicted=warning'$'\n''figures.plain-contradicted=error'$'\n''ref.missing-annex=off'$'\n''ref.missing-annex=note'$'\n''ref.missing-annex=warning'$'\n''ref.missing-annex=error'$'\n''st3.name-mismatch=off'$'\n''st3.name-mismatch=note'$'\n''st3.name-mismatch=warning'$'\n''st3.name-mismatch=error'$'\n''st3.non-member=off'$'\n''st3.non-member=note'$'\n''st3.non-member=warning'$'\n''st3.non-member=error'$'\n''st3.organizer-code=off'$'\n''st3.organizer-code=note'$'\n''st3.organizer-code=warning'$'\n''st3.organizer-code=error'$'\n''st3.printed-name=off'$'\n''st3.printed-name=note'$'\n''st3.printed-name=warning'$'\n''st3.printed-name=error'$'\n''st3.reserved-code=off'$'\n''st3.reserved-code=note'$'\n''st3.reserved-code=warning'$'\n''st3.reserved-code=error'$'\n''st3.unknown-code=off'$'\n''st3.unknown-code=note'$'\n''st3.unknown-code=warning'$'\n''st3.unknown-code=error'$'\n''suppress.unknown-rule=off'$'\n''suppress.unknown-rule=note'$'\n''suppress.unknown-rule=warning'$'\n''suppress.unknown-rule=error'$'\n''suppress.unused=off'$'\n''suppress.unused=note'$'\n''suppress.unused=warning'$'\n''suppress.unused=error'$'\n''text.decision-place=off'$'\n''text.decision-place=note'$'\n''text.decision-place=warning'$'\n''text.decision-place=error'$'\n''text.written-twice=off'$'\n''text.written-twice=note'$'\n''text.written-twice=warning'$'\n''text.written-twice=error'$'\n''value.empty-description=off'$'\n''value.empty-description=note'$'\n''value.empty-description=warning'$'\n''value.empty-description=error'$'\n''value.implausible-count=off'$'\n''value.implausible-count=note'$'\n''value.implausible-count=warning'$'\n''value.implausible-count=error'$'\n''value.zero-count=off'$'\n''value.zero-count=note'$'\n''value.zero-count=warning'$'\n''value.zero-count=error'
        return
        ;;
    '--config')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_wgdoc_bench() {
    repeating_flags=()
    non_repeating_flags=(--keep --version -h --help)
    repeating_options=()
    non_repeating_options=(--example --sizes --repeat --xmllint --files)
    __wgdoc_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--example')
        __wgdoc_add_completions -o plusdirs -fX '!*.@(xml)'
        return
        ;;
    '--sizes')
        return
        ;;
    '--repeat')
        return
        ;;
    '--xmllint')
        return
        ;;
    '--files')
        return
        ;;
    esac
}

_wgdoc_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __wgdoc_offer_flags_options -1
}

complete -o filenames -F _wgdoc wgdoc
