/**
 * Text helpers that detectors, the hub and the evaluation kit share, so that they agree on what a
 * company name is.
 *
 * <p>{@link dev.switchboard.sdk.text.CompanyNames} turns a company as a text mentions it
 * ({@code „Polskich Kruszyw“ Sp. z o.o.}, {@code ООО «Ромашка»}) into a display name and a
 * comparison key, and decides whether two mentions name the same company despite case endings.
 * {@link dev.switchboard.sdk.text.HtmlText} turns the HTML fragments that sources hand out (a feed
 * summary, a social post) into plain text for detection. JDK only: plugins may call them without
 * bundling anything.
 */
package dev.switchboard.sdk.text;
